package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/** A final class maps like any other (nothing subclasses entities); a record is refused with the reason. */
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

    /** A record: final fields. */
    @Entity(table = "points")
    record Point(@Id Integer id, int x) {}

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
    void recordIsAMappingErrorSayingWhy() {
        assertThatThrownBy(() -> new Registry().map(Point.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining(Point.class.getName())
                .hasMessageContaining("is a record")
                .hasMessageContaining("final")
                .hasMessageContaining("map a class with non-final fields");
    }
}
