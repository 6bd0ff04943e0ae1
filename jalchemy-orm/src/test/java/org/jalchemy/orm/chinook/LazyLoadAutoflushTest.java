package org.jalchemy.orm.chinook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.orm.OrmSql.select;

import java.util.List;
import org.jalchemy.orm.LazyLoadAutoflush;
import org.jalchemy.orm.Ref;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The autoflush before a lazy load or a query decides without planning a flush whether anything can have changed; a
 * change that affects what the statement reads is still flushed before it, as SQLAlchemy does, and one that cannot
 * is not looked for.
 */
class LazyLoadAutoflushTest extends DatabaseTest {
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        sessions = Chinook.create(engine);
        clearStatements();
    }

    /** The statements sent since the last clear, reduced to their first two words. */
    private List<String> verbs() {
        return statements.stream().map(s -> {
            String[] w = s.split(" ");
            return w[0] + " " + (w[0].equals("SELECT") ? s.substring(s.indexOf(" FROM ") + 6).split(" ")[0] : w.length > 2 && (w[1].equals("FROM") || w[1].equals("INTO")) ? w[2] : w[1]);
        }).toList();
    }

    @Test
    void nothingChangedMeansNoFlushBeforeLazyLoads() {
        try (Session session = sessions.open()) {
            List<Artist> artists = session.scalars(select(Artist.class).orderBy(Artist_.artistId)).all();
            for (Artist a : artists) {
                for (Album al : a.albums) {
                    al.tracks.size();
                }
            }
            assertThat(verbs()).allSatisfy(v -> assertThat(v).startsWith("SELECT"));
            assertThat(statements).hasSize(1 + Chinook.ARTISTS + Chinook.ALBUMS);
        }
    }

    @Test
    void aForeignKeyFieldChangedIsFlushedBeforeTheLazyLoadOfTheCollectionItJoins() {
        try (Session session = sessions.open()) {
            Album first = session.get(Album.class, 1);
            Album fourth = session.get(Album.class, 4);
            Track t = first.tracks.get(0);
            clearStatements();
            t.albumId = 4;                        // a plain field write: seen only by comparing with the snapshot
            List<Track> tracks = fourth.tracks;
            assertThat(tracks).extracting(x -> x.trackId).containsExactly(1, 10, 11, 12);
            assertThat(verbs()).containsExactly("UPDATE track", "SELECT track");
        }
    }

    @Test
    void aManyToOneReassignedIsFlushedBeforeTheLazyLoad() {
        try (Session session = sessions.open()) {
            Album first = session.get(Album.class, 1);
            Album third = session.get(Album.class, 3);
            Track t = first.tracks.get(2);
            clearStatements();
            t.album.set(third);
            assertThat(third.tracks).extracting(x -> x.trackId).containsExactly(3, 7, 8, 9);
            assertThat(verbs()).containsExactly("UPDATE track", "SELECT track");
            assertThat(t.albumId).isEqualTo(3);
        }
    }

    @Test
    void aNewChildIsInsertedBeforeTheLazyLoad() {
        try (Session session = sessions.open()) {
            Album second = session.get(Album.class, 2);
            Genre rock = session.get(Genre.class, 1);
            MediaType mp3 = session.get(MediaType.class, 1);
            clearStatements();
            session.add(new Track(100, "new", second, mp3, rock, 1000));
            assertThat(second.tracks).extracting(x -> x.trackId).containsExactly(4, 5, 6, 100);
            assertThat(verbs()).containsExactly("INSERT track", "SELECT track");
        }
    }

    @Test
    void aNewParentReachedByCascadeFromAnotherClassIsInsertedBeforeTheLazyLoad() {
        try (Session session = sessions.open()) {
            Artist accept = session.get(Artist.class, 2);
            Track t = session.get(Track.class, 1);
            clearStatements();
            // nothing added to the Session: the new album arrives by the save-update cascade of a track's many-to-one
            t.album.set(new Album(50, "Restless and Wild", accept));
            assertThat(accept.albums).extracting(a -> a.albumId).containsExactly(3, 50);
            assertThat(verbs()).containsExactly("INSERT album", "UPDATE track", "SELECT album");
        }
    }

    @Test
    void aDeletedChildIsDeletedBeforeTheLazyLoad() {
        try (Session session = sessions.open()) {
            Album second = session.get(Album.class, 2);
            Track gone = session.get(Track.class, 5);
            session.scalars(select(Playlist.class).where(Playlist_.playlistId.eq(2))).one().tracks.remove(gone);
            session.flush();
            clearStatements();
            session.delete(gone);
            assertThat(second.tracks).extracting(x -> x.trackId).containsExactly(4, 6);
            assertThat(verbs()).containsExactly("DELETE track", "SELECT track");
        }
    }

    @Test
    void aChangedFilteredColumnIsFlushedBeforeAQuery() {
        try (Session session = sessions.open()) {
            Track t = session.get(Track.class, 7);
            clearStatements();
            t.milliseconds = 1;
            List<Track> short_ = session.scalars(select(Track.class).where(Track_.milliseconds.lt(100))).all();
            assertThat(short_).containsExactly(t);
            assertThat(verbs()).containsExactly("UPDATE track", "SELECT track");
        }
    }

    @Test
    void aChangeTheLazyLoadCannotSeeWaitsForTheNextQuery() {
        try (Session session = sessions.open()) {
            Album first = session.get(Album.class, 1);
            Album second = session.get(Album.class, 2);
            first.tracks.size();
            clearStatements();
            first.tracks.get(0).name = "renamed";   // not a join or order-by column of album.tracks
            second.tracks.size();
            assertThat(verbs()).containsExactly("SELECT track");
            session.scalars(select(Genre.class)).all();    // a query may read any column: it flushes first
            assertThat(verbs()).containsExactly("SELECT track", "UPDATE track", "SELECT genre");
        }
    }

    @Test
    void recordedOnlyFlushesWhatTheSessionSawHappenBeforeALazyLoad() {
        SessionFactory recorded = SessionFactory.builder(engine).registry(sessions.registry())
                .lazyLoadAutoflush(LazyLoadAutoflush.RECORDED).build();
        try (Session session = recorded.open()) {
            Album first = session.get(Album.class, 1);
            Album third = session.get(Album.class, 3);
            Album fourth = session.get(Album.class, 4);
            MediaType mp3 = session.get(MediaType.class, 1);
            Genre rock = session.get(Genre.class, 1);
            Track t = first.tracks.get(0);
            clearStatements();
            t.albumId = 4;                     // a field write: not looked for before a lazy load in this mode
            assertThat(fourth.tracks).extracting(x -> x.trackId).containsExactly(10, 11, 12);
            assertThat(verbs()).containsExactly("SELECT track");
            session.add(new Track(101, "new", third, mp3, rock, 1));
            clearStatements();
            assertThat(third.tracks).extracting(x -> x.trackId).containsExactly(7, 8, 9, 101);   // an add is recorded
            assertThat(verbs()).containsExactly("INSERT track", "UPDATE track", "SELECT track");
        }
    }

    @Test
    void aCollectionChangeIsFlushedBeforeTheLazyLoad() {
        try (Session session = sessions.open()) {
            Playlist grunge = session.get(Playlist.class, 2);
            Playlist music = session.get(Playlist.class, 1);
            Track t12 = session.get(Track.class, 12);
            grunge.tracks.size();
            clearStatements();
            grunge.tracks.add(t12);            // an association row music.tracks' load reads the table of
            assertThat(music.tracks).hasSize(5);
            assertThat(verbs()).containsExactly("INSERT playlist_track", "SELECT track");
            Ref<Album> a = t12.album;
            assertThat(a.get().albumId).isEqualTo(4);
            assertThat(verbs()).containsExactly("INSERT playlist_track", "SELECT track", "SELECT album");
        }
    }
}
