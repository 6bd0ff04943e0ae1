package org.jalchemy.orm.chinook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.orm.LoaderOptions.joinedload;
import static org.jalchemy.orm.LoaderOptions.noload;
import static org.jalchemy.orm.LoaderOptions.raiseload;
import static org.jalchemy.orm.LoaderOptions.selectinload;
import static org.jalchemy.orm.OrmSql.select;

import java.util.List;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.exc.LazyLoadError;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many-to-ones declared as {@code Ref<T>} cost nothing until used: walking Artist -> Album -> Track on a Chinook-shaped
 * database sends as many statements as SQLAlchemy 1.4 does with each strategy, and deleting a playlist loads none of
 * its tracks' albums, artists, genres or media types.
 */
class ManyToOneLoadingTest extends DatabaseTest {
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        sessions = Chinook.create(engine);
        clearStatements();
    }

    /** Walks every artist's albums and every album's tracks, touching the tracks' own columns only. */
    private static int walk(List<Artist> artists) {
        int seen = 0;
        for (Artist a : artists) {
            for (Album al : a.albums) {
                for (Track t : al.tracks) {
                    seen += t.name.isEmpty() ? 0 : 1;
                }
            }
        }
        return seen;
    }

    private long selectsFrom(String table) {
        return statements.stream().filter(s -> s.startsWith("SELECT") && s.contains("FROM " + table + " ")
                || s.startsWith("SELECT") && s.endsWith("FROM " + table)).count();
    }

    @Test
    void lazyWalkSendsWhatSqlAlchemySends() {
        // SQLAlchemy 1.4, lazy="select" everywhere: 1 SELECT of the artists, 1 per artist for artist.albums (3),
        // 1 per album for album.tracks (4) = 8. The many-to-ones (track.genre, track.media_type) are never touched, so
        // never loaded; album.artist and track.album are not touched either.
        try (Session session = sessions.open()) {
            List<Artist> artists = session.scalars(select(Artist.class).orderBy(Artist_.artistId)).all();
            assertThat(walk(artists)).isEqualTo(Chinook.TRACKS);
            assertThat(statements).hasSize(1 + Chinook.ARTISTS + Chinook.ALBUMS);
            assertThat(selectsFrom("genre") + selectsFrom("media_type")).isZero();
        }
    }

    @Test
    void selectinWalkSendsWhatSqlAlchemySends() {
        // SQLAlchemy 1.4, selectinload(Artist.albums).selectinload(Album.tracks): the artists, one IN for all albums,
        // one IN for all tracks = 3.
        try (Session session = sessions.open()) {
            List<Artist> artists = session.scalars(select(Artist.class).orderBy(Artist_.artistId)
                    .options(selectinload(Artist_.albums).selectinload(Album_.tracks))).all();
            assertThat(walk(artists)).isEqualTo(Chinook.TRACKS);
            assertThat(statements).hasSize(3);
        }
    }

    @Test
    void joinedWalkSendsWhatSqlAlchemySends() {
        // SQLAlchemy 1.4, joinedload(Artist.albums).joinedload(Album.tracks): one SELECT with two LEFT OUTER JOINs = 1.
        try (Session session = sessions.open()) {
            List<Artist> artists = session.scalars(select(Artist.class).orderBy(Artist_.artistId)
                    .options(joinedload(Artist_.albums).joinedload(Album_.tracks))).all();
            assertThat(walk(artists)).isEqualTo(Chinook.TRACKS);
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void theReverseOfALoadedCollectionIsSetWithoutSql() {
        try (Session session = sessions.open()) {
            Album album = session.get(Album.class, 1);
            List<Track> tracks = album.tracks;
            assertThat(tracks).hasSize(3);
            clearStatements();
            assertThat(tracks).allSatisfy(t -> assertThat(t.album.get()).isSameAs(album));
            assertThat(album.artist.get().name).isEqualTo("AC/DC");      // not in the Session yet: one SELECT by key
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).contains("FROM artist").contains("WHERE artist.artist_id = ?");
            Album other = session.get(Album.class, 2);
            clearStatements();
            assertThat(other.artist.get()).isSameAs(album.artist.get());   // from the identity map
            assertThat(statements).isEmpty();
        }
    }

    @Test
    void aRefLoadsOnFirstGetAndCountsOnceForAWholeLoadWhenEager() {
        try (Session session = sessions.open()) {
            List<Track> tracks = session.scalars(select(Track.class).orderBy(Track_.trackId)).all();
            assertThat(statements).hasSize(1);
            assertThat(tracks.get(0).genre.isLoaded()).isFalse();
            assertThat(tracks.get(0).genre.get().name).isEqualTo("Rock");
            assertThat(tracks.get(3).genre.get()).isSameAs(tracks.get(0).genre.get());   // identity map: no SQL
            assertThat(statements).hasSize(2);
        }
        clearStatements();
        try (Session session = sessions.open()) {
            // selectinload of a Ref: one IN statement for the whole load, not one per track
            List<Track> tracks = session.scalars(select(Track.class).orderBy(Track_.trackId).options(selectinload(Track_.genre))).all();
            assertThat(statements).hasSize(2);
            assertThat(statements.get(1)).contains("FROM genre").contains("IN (");
            assertThat(tracks).extracting(t -> t.genre.get().name).startsWith("Rock", "Jazz", "Metal");
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void joinedloadAndNoloadOfARef() {
        try (Session session = sessions.open()) {
            List<Track> tracks = session.scalars(select(Track.class).orderBy(Track_.trackId)
                    .options(joinedload(Track_.album), noload(Track_.genre))).all();
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).contains("LEFT OUTER JOIN album");
            assertThat(tracks).allSatisfy(t -> assertThat(t.album.isLoaded()).isTrue());
            assertThat(tracks.get(11).album.get().title).isEqualTo("Big Ones");
            assertThat(tracks.get(0).genre.get()).isNull();
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void aRefAssignedIsFlushedAsTheForeignKey() {
        try (Session session = sessions.open()) {
            Track t = session.get(Track.class, 1);
            Genre jazz = session.get(Genre.class, 2);
            clearStatements();
            t.genre.set(jazz);
            session.commit();
            assertThat(statements).anySatisfy(s -> assertThat(s).startsWith("UPDATE track SET genre_id=?"));
        }
        try (Session session = sessions.open()) {
            Track t = session.get(Track.class, 1);
            assertThat(t.genreId).isEqualTo(2);
            assertThat(t.genre.get().name).isEqualTo("Jazz");
            t.genre.set(null);           // unloaded first: the old value is loaded, so the flush knows what changed
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(Track.class, 1).genreId).isNull();
        }
    }

    @Test
    void raiseloadAndDetachedRefsRaise() {
        try (Session session = sessions.open()) {
            Track t = session.scalars(select(Track.class).where(Track_.trackId.eq(1)).options(raiseload(Track_.genre))).one();
            assertThatThrownBy(() -> t.genre.get()).isInstanceOf(LazyLoadError.class).hasMessageContaining("Track.genre");
        }
        Track detached;
        try (Session session = sessions.open()) {
            detached = session.get(Track.class, 2);
        }
        assertThatThrownBy(() -> detached.genre.get()).isInstanceOf(DetachedInstanceError.class)
                .hasMessageContaining("Track.genre");
    }

    @Test
    void deletingAPlaylistLoadsNoneOfItsTracksParents() {
        // SQLAlchemy 1.4: session.delete(playlist) + commit loads the playlist's tracks (to delete their association
        // rows): SELECT track ... playlist_track, DELETE FROM playlist_track, DELETE FROM playlist. Nothing else.
        try (Session session = sessions.open()) {
            Playlist p = session.get(Playlist.class, 1);
            clearStatements();
            session.delete(p);
            session.commit();
        }
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).startsWith("SELECT").contains("FROM track JOIN playlist_track");
        assertThat(statements.get(1)).startsWith("DELETE FROM playlist_track");
        assertThat(statements.get(2)).startsWith("DELETE FROM playlist");
        assertThat(selectsFrom("album") + selectsFrom("artist") + selectsFrom("genre") + selectsFrom("media_type")).isZero();
        try (Session session = sessions.open()) {
            assertThat(session.get(Playlist.class, 1)).isNull();
            assertThat(session.get(Playlist.class, 2).tracks).hasSize(2);
        }
    }
}
