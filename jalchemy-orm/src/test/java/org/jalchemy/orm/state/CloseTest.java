package org.jalchemy.orm.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.jalchemy.orm.Inspect;
import org.jalchemy.orm.ObjectState;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Session.close()} after a transaction in which the ORM wrote nothing detaches the objects as they are (no
 * expiry, no per-object copying); after one in which a flush wrote, what the rollback undid is reloaded. Each
 * scenario on a plain class and an EntityBase class.
 */
class CloseTest extends DatabaseTest {
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        Registry registry = new Registry().map(PlainItem.class, SlotItem.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.builder(engine).registry(registry).build();
        sessions.transaction(s -> {
            s.add(new PlainItem("one"));
            s.add(new SlotItem("one"));
        });
        clearStatements();
    }

    @ParameterizedTest
    @ValueSource(classes = {PlainItem.class, SlotItem.class})
    void aReadOnlySessionDetachesItsObjectsUnexpired(Class<? extends Item> kind) {
        Item item;
        try (Session session = sessions.open()) {
            item = session.get(kind, 1);
        }
        assertThat(Inspect.state(item)).isEqualTo(ObjectState.DETACHED);
        clearStatements();
        try (Session session = sessions.open()) {
            session.add(item);
            // the loaded values still stand (the rollback undid nothing): get finds it without a reload
            assertThat(session.get(kind, 1)).isSameAs(item);
            assertThat(statements).isEmpty();
            item.rename("two");
            session.commit();
        }
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0)).startsWith("UPDATE ");
    }

    @ParameterizedTest
    @ValueSource(classes = {PlainItem.class, SlotItem.class})
    void aSessionWhoseFlushWasRolledBackExpiresItsObjectsOnClose(Class<? extends Item> kind) throws Exception {
        Item item;
        try (Session session = sessions.open()) {
            item = session.get(kind, 1);
            item.rename("flushed, then rolled back");
            session.flush();
        }
        clearStatements();
        try (Session session = sessions.open()) {
            session.add(item);
            // expired by close: the Session reloads it, and the name the database kept comes back
            assertThat(session.get(kind, 1)).isSameAs(item);
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).startsWith("SELECT ");
            assertThat(kind.getField("name").get(item)).isEqualTo("one");
            assertThat(session.isModified(item)).isFalse();
        }
    }
}
