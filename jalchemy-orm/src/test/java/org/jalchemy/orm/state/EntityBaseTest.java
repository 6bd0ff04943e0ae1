package org.jalchemy.orm.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.select;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.EntityBase;
import org.jalchemy.orm.Inspect;
import org.jalchemy.orm.ObjectState;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.internal.InstanceState;
import org.jalchemy.orm.internal.StateRegistry;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The object states of an {@link EntityBase} subclass (state kept in the object) and of a plain class (state in the
 * weak map) behave alike: every scenario runs on both kinds.
 */
class EntityBaseTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(PlainItem.class, SlotItem.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            s.add(new PlainItem("one"));
            s.add(new SlotItem("one"));
        });
        clearStatements();
    }

    private static Item item(Class<?> kind, String name) {
        try {
            return (Item) kind.getConstructor(String.class).newInstance(name);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> names(Class<?> kind) {
        Table t = registry.table(kind);
        try (Connection conn = engine.connect()) {
            return conn.execute(select(t.c("name")).orderBy(t.c("id"))).<String>scalars().all();
        }
    }

    @Test
    void theStateSlotIsNotAColumnAndStatesLiveWhereTheClassSays() {
        assertThat(registry.table(SlotItem.class).columns()).extracting(c -> c.name()).containsExactly("id", "name");
        try (Session session = sessions.open()) {
            SlotItem slot = session.get(SlotItem.class, 1);
            PlainItem plain = session.get(PlainItem.class, 1);
            assertThat(StateRegistry.get(slot)).isNotNull();
            assertThat(StateRegistry.heldWeakly(slot)).isFalse();
            assertThat(StateRegistry.heldWeakly(plain)).isTrue();
        }
    }

    @Test
    void extendingEntityBaseDoesNotChangeTheMappingOrder() {
        assertThat(new Registry().map(SlotItem.class, PlainItem.class).mappedClasses())
                .containsExactly(SlotItem.class, PlainItem.class);
        assertThat(new Registry().map(PlainItem.class, SlotItem.class).mappedClasses())
                .containsExactly(PlainItem.class, SlotItem.class);
    }

    @ParameterizedTest
    @ValueSource(classes = {PlainItem.class, SlotItem.class})
    void statesFollowTheLifecycle(Class<?> kind) {
        Item carol = item(kind, "carol");
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.TRANSIENT);
        Session session = sessions.open();
        session.add(carol);
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.PENDING);
        assertThat(Inspect.identity(carol)).isNull();
        session.flush();
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.PERSISTENT);
        assertThat(Inspect.identity(carol)).isEqualTo(carol.id());
        session.delete(carol);
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.PERSISTENT);
        session.flush();
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.DELETED);
        session.commit();
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.DETACHED);

        Item pending = item(kind, "pending");
        session.add(pending);
        session.expunge(pending);
        assertThat(Inspect.state(pending)).isEqualTo(ObjectState.TRANSIENT);
        Item one = (Item) session.get(kind, 1);
        session.expunge(one);
        assertThat(Inspect.state(one)).isEqualTo(ObjectState.DETACHED);
        assertThat(session.contains(one)).isFalse();

        Item left = item(kind, "left pending");
        session.add(left);
        Item loaded = (Item) session.get(kind, 1);
        session.close();
        assertThat(Inspect.state(loaded)).isEqualTo(ObjectState.DETACHED);
        assertThat(Inspect.identity(loaded)).isEqualTo(1);
        assertThat(Inspect.state(left)).isEqualTo(ObjectState.TRANSIENT);
        assertThat(names(kind)).containsExactly("one");
    }

    @ParameterizedTest
    @ValueSource(classes = {PlainItem.class, SlotItem.class})
    void aDetachedObjectIsAddedBackAndItsChangeFlushed(Class<?> kind) {
        Item detached;
        try (Session session = sessions.open()) {
            detached = (Item) session.get(kind, 1);
        }
        detached.rename("renamed");
        try (Session session = sessions.open()) {
            session.add(detached);
            assertThat(Inspect.state(detached)).isEqualTo(ObjectState.PERSISTENT);
            assertThat(session.get(kind, 1)).isSameAs(detached);
            clearStatements();
            session.commit();
            assertThat(statements).containsExactly("UPDATE " + registry.table(kind).name() + " SET name=? WHERE "
                    + registry.table(kind).name() + ".id = ?");
        }
        assertThat(names(kind)).containsExactly("renamed");
        try (Session session = sessions.open()) {
            session.delete(detached);
            session.commit();
        }
        assertThat(names(kind)).isEmpty();
        assertThat(Inspect.state(detached)).isEqualTo(ObjectState.DETACHED);
    }

    @ParameterizedTest
    @ValueSource(classes = {PlainItem.class, SlotItem.class})
    void anObjectOfAnotherSessionIsRefused(Class<?> kind) {
        try (Session one = sessions.open(); Session two = sessions.open()) {
            Object a = one.get(kind, 1);
            assertThatThrownBy(() -> two.add(a)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining(kind.getSimpleName() + "[1]").hasMessageContaining("another Session");
            assertThatThrownBy(() -> two.expunge(a)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("belongs to another");
            assertThatThrownBy(() -> two.delete(a)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("another Session");
            assertThat(two.contains(a)).isFalse();
            assertThat(Inspect.state(a)).isEqualTo(ObjectState.PERSISTENT);
            one.expunge(a);
            two.add(a);
            assertThat(two.contains(a)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {PlainItem.class, SlotItem.class})
    void objectsLeftByAClosedSessionAreCollected(Class<?> kind) throws InterruptedException {
        List<WeakReference<Object>> refs = loadAndClose(kind);
        assertThat(refs).hasSize(51);
        // nothing global may keep detached objects (or, through their states, each other) alive
        for (int i = 0; i < 100 && refs.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(refs.stream().filter(r -> r.get() != null).count()).as("objects still reachable").isZero();
    }

    /** Loads 51 objects in a Session that is closed on return (in its own frame: no local keeps them). */
    private List<WeakReference<Object>> loadAndClose(Class<?> kind) {
        List<WeakReference<Object>> refs = new ArrayList<>();
        try (Session session = sessions.open()) {
            for (int i = 0; i < 50; i++) {
                session.add(item(kind, "n" + i));
            }
            session.commit();
            for (Object o : session.query(kind).all()) {
                refs.add(new WeakReference<>(o));
            }
        }
        return refs;
    }

    @Test
    void aCloneIsANewTransientObject() {
        try (Session session = sessions.open()) {
            SlotItem one = session.get(SlotItem.class, 1);
            SlotItem copy = one.clone();
            assertThat(Inspect.state(copy)).isEqualTo(ObjectState.TRANSIENT);
            assertThat(session.contains(copy)).isFalse();
            assertThat(Inspect.state(one)).isEqualTo(ObjectState.PERSISTENT);
        }
    }

    @Test
    void theSlotHasNoAccessorOutsideTheOrm() {
        // one private transient field, no method of EntityBase or of the ORM's state look-up hands it to other code
        assertThat(EntityBase.class.getDeclaredFields()).singleElement().satisfies(f -> {
            assertThat(java.lang.reflect.Modifier.isPrivate(f.getModifiers())).isTrue();
            assertThat(java.lang.reflect.Modifier.isTransient(f.getModifiers())).isTrue();
            assertThat(f.getType()).isEqualTo(InstanceState.class);
        });
        assertThat(EntityBase.class.getDeclaredMethods()).extracting(java.lang.reflect.Method::getName).containsExactly("clone");
        assertThat(StateRegistry.class.getMethods()).noneMatch(m -> java.util.Arrays.stream(m.getParameterTypes())
                .anyMatch(t -> t.getName().contains("Slot")));
        try (Session session = sessions.open()) {
            assertThat(Inspect.state(session.get(SlotItem.class, 1))).isEqualTo(ObjectState.PERSISTENT);
        }
    }
}
