package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/** A final class maps like any other (nothing subclasses entities); a record maps as an immutable entity. */
class EntityClassKindsTest extends DatabaseTest {
    /** A final entity class. */
    @Entity(table = "notes")
    static final class Note {
        @Id Integer id;
        String body;

        Note() {}

        Note(String body) {
            this.body = body;
        }
    }

    /** A record: built through its canonical constructor. */
    @Entity(table = "points")
    record Point(@Id Integer id, int x) {}

    /** A record with a version column, which would have to be incremented in place. */
    @Entity(table = "vpoints")
    record VersionedPoint(@Id Integer id, @Version int version) {}

    @Test
    void finalClassIsInsertedLoadedAndUpdated() {
        Registry registry = new Registry().map(Note.class);
        registry.metadata().createAll(engine);
        SessionFactory sessions = SessionFactory.of(engine);
        Note n = new Note("first");
        sessions.transaction(s -> s.add(n));
        assertThat(n.id).isEqualTo(1);
        sessions.transaction(s -> s.get(Note.class, 1).body = "changed");
        try (Session session = sessions.open()) {
            Note loaded = session.get(Note.class, 1);
            assertThat(loaded).isNotSameAs(n).isInstanceOf(Note.class);
            assertThat(loaded.body).isEqualTo("changed");
        }
    }

    @Test
    void recordIsInsertedLoadedAndChangedByMerge() {
        new Registry().map(Point.class).metadata().createAll(engine);
        SessionFactory sessions = SessionFactory.of(engine);
        sessions.transaction(s -> s.add(new Point(1, 5)));
        sessions.transaction(s -> {
            Point p = s.get(Point.class, 1);
            assertThat(p).isEqualTo(new Point(1, 5));
            s.merge(new Point(1, 6));
        });
        try (Session session = sessions.open()) {
            assertThat(session.get(Point.class, 1)).isEqualTo(new Point(1, 6));
        }
    }

    @Test
    void aRecordWithAVersionIsAMappingErrorSayingWhy() {
        assertThatThrownBy(() -> new Registry().map(VersionedPoint.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining(VersionedPoint.class.getName())
                .hasMessageContaining("@Version")
                .hasMessageContaining("final");
    }
}
