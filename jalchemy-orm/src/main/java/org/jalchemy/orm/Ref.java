package org.jalchemy.orm;

import org.jalchemy.orm.internal.LazyRef;

/**
 * A many-to-one (or one-to-one) relationship field that costs nothing until it is used: declared as
 * {@code Ref<Album> album} instead of {@code Album album}, it is left unloaded when its object is loaded and loaded
 * by its first {@link #get()} (from the identity map without SQL when the related object is there, else one SELECT
 * by key), the way SQLAlchemy's default {@code lazy="select"} many-to-one behaves.
 * <pre>{@code
 * @Entity(table = "track")
 * public class Track {
 *     @Id Integer trackId;
 *     @ForeignKey("album.album_id") Integer albumId;
 *     @Relationship(backPopulates = "tracks") Ref<Album> album = Ref.empty();
 * }
 *
 * Track t = session.get(Track.class, 1);     // SELECT the track only
 * Album a = t.album.get();                   // now the album (no SQL when it is loaded already)
 * t.album.set(otherAlbum);                   // the flush copies otherAlbum's key into album_id
 * }</pre>
 * No proxy and no bytecode enhancement: a {@code Ref} is a small holder the Session fills, so it works the same on a
 * native image. The loader options apply as to a plain field ({@code joinedload}, {@code selectinload} load it with
 * the query; {@code raiseload} makes {@code get()} raise). A plain {@code Album album} field keeps working: it is
 * filled when its object is loaded, with one {@code SELECT ... IN} per relationship per load.
 *
 * @param <T> the related entity class
 */
public interface Ref<T> {
    /** A reference to {@code value} (null for none), for a new object or an assignment. */
    static <T> Ref<T> of(T value) {
        return new LazyRef<>(value);
    }

    /** A reference to nothing: the initial value of the field of a new object. */
    static <T> Ref<T> empty() {
        return new LazyRef<>(null);
    }

    /**
     * The related object, or null when there is none; loads it first if this reference is unloaded.
     *
     * @throws org.jalchemy.orm.exc.DetachedInstanceError when unloaded and its object is not in a Session
     * @throws org.jalchemy.orm.exc.LazyLoadError when unloaded and the relationship is {@code raiseload}ed
     */
    T get();

    /** Points the reference at {@code value} (null for none); the next flush writes the foreign key. */
    void set(T value);

    /** Whether {@link #get()} would answer without loading. */
    boolean isLoaded();
}
