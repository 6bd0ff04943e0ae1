package org.jalchemy.orm.chinook;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Ref;
import org.jalchemy.orm.Relationship;

@Entity(table = "track")
public class Track {
    @Id public Integer trackId;
    @Column(length = 200) public String name;
    @ForeignKey("album.album_id") public Integer albumId;
    @ForeignKey("media_type.media_type_id") public Integer mediaTypeId;
    @ForeignKey("genre.genre_id") public Integer genreId;
    public Integer milliseconds;
    @Relationship(backPopulates = "tracks") public Ref<Album> album = Ref.empty();
    @Relationship public Ref<MediaType> mediaType = Ref.empty();
    @Relationship public Ref<Genre> genre = Ref.empty();

    protected Track() {}

    public Track(Integer trackId, String name, Album album, MediaType mediaType, Genre genre, int milliseconds) {
        this.trackId = trackId;
        this.name = name;
        this.album.set(album);
        this.mediaType.set(mediaType);
        this.genre.set(genre);
        this.milliseconds = milliseconds;
    }
}
