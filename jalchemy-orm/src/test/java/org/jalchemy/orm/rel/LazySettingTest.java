package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.orm.LoaderOptions.*;

import java.util.List;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.LazyLoadError;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code lazy} setting of {@code @Relationship} as the default strategy, and loader options overriding it. */
class LazySettingTest extends DatabaseTest {
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        Registry registry = new Registry().map(Playlist.class, Song.class, Clip.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            for (int i = 1; i <= 3; i++) {
                Playlist p = new Playlist("p" + i);
                p.songs.add(new Song("s" + i));
                p.clips.add(new Clip("c" + i));
                s.add(p);
            }
        });
        clearStatements();
    }

    @Test
    void selectinOnTheAnnotationLoadsWithTheQuery() {
        try (Session session = sessions.open()) {
            List<Playlist> ps = session.query(Playlist.class).all();
            assertThat(statements).hasSize(2);
            assertThat(ps).extracting(p -> p.songs.get(0).title).containsExactly("s1", "s2", "s3");
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void raiseOnTheAnnotationRaisesAndAnOptionOverridesIt() {
        try (Session session = sessions.open()) {
            Playlist p = session.query(Playlist.class).filterBy("name", "p1").all().get(0);
            clearStatements();
            assertThatThrownBy(() -> p.clips.get(0)).isInstanceOf(LazyLoadError.class).hasMessageContaining("Playlist.clips");
            assertThat(statements).isEmpty();
        }
        try (Session session = sessions.open()) {
            Playlist p = session.query(Playlist.class).filterBy("name", "p1")
                    .options(lazyload(Playlist_.clips), lazyload(Playlist_.songs)).all().get(0);
            assertThat(statements).hasSize(1);
            assertThat(p.clips).extracting(c -> c.title).containsExactly("c1");
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void joinedManyToOneWithInnerJoin() {
        try (Session session = sessions.open()) {
            List<Song> songs = session.query(Song.class).orderBy(Song_.id).options(lazyload(Song_.playlist)).all();
            assertThat(songs).hasSize(3);
        }
        clearStatements();
        try (Session session = sessions.open()) {
            List<Song> songs = session.query(Song.class).orderBy(Song_.id).all();
            assertThat(statements.get(0)).isEqualTo("SELECT songs.id, songs.title, songs.playlist_id, playlists.id, playlists.name "
                    + "FROM songs JOIN playlists ON playlists.id = songs.playlist_id ORDER BY songs.id");
            assertThat(songs).extracting(s -> s.playlist.name).containsExactly("p1", "p2", "p3");
        }
    }
}
