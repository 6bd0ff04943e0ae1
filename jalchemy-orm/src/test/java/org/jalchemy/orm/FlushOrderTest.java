package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.select;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.orm.model.Address;
import org.jalchemy.orm.model.User;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order a flush writes in does not depend on the order of the Session's internal maps: the flush plans in
 * one pass over the attached objects and orders only what it writes (by table, then by the order the objects
 * entered the Session), so UPDATEs, DELETEs and their events follow that order however the objects were changed.
 */
class FlushOrderTest extends DatabaseTest {
    SessionFactory sessions;
    Table users;
    /** The parameters of each executemany row sent, as the listener sees them. */
    final List<List<?>> batchRows = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() {
        Registry registry = new Registry().map(User.class, Address.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.builder(engine).registry(registry).build();
        users = registry.table(User.class);
        try (Session session = sessions.open()) {
            for (int i = 1; i <= 40; i++) {
                session.add(new User("user" + i, "u" + i + "@example.com"));
            }
            session.commit();
        }
        engine.events().beforeExecute((conn, sql, params) -> {
            if (!params.isEmpty() && params.get(0) instanceof List<?>) {
                for (Object row : params) {
                    batchRows.add((List<?>) row);
                }
            }
        });
        clearStatements();
    }

    @Test
    void updatesAndDeletesFollowTheOrderObjectsEnteredTheSession() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        sessions.events()
                .beforeUpdate(User.class, u -> events.add("update " + u.id))
                .beforeDelete(User.class, u -> events.add("delete " + u.id));
        List<Integer> updated = new ArrayList<>();
        List<Integer> deleted = new ArrayList<>();
        try (Session session = sessions.open()) {
            List<User> all = session.query(User.class).orderBy(users.c("id")).all();
            // changed and deleted from the last to the first: the flush still writes in load order
            for (int i = all.size() - 1; i >= 0; i--) {
                User u = all.get(i);
                if (u.id % 3 == 0) {
                    session.delete(u);
                    deleted.add(0, u.id);
                } else if (u.id % 2 == 0) {
                    u.age = u.id;
                    updated.add(0, u.id);
                }
            }
            session.commit();
        }
        List<String> expected = new ArrayList<>();
        updated.forEach(id -> expected.add("update " + id));
        deleted.forEach(id -> expected.add("delete " + id));
        assertThat(events).containsExactlyElementsOf(expected);
        // one batched UPDATE and one batched DELETE, their rows in load order
        assertThat(statements.stream().filter(s -> s.startsWith("UPDATE") || s.startsWith("DELETE")).toList()).hasSize(2);
        List<Object> updateIds = batchRows.stream().filter(r -> r.size() == 2).map(r -> (Object) r.get(1)).toList();
        List<Object> deleteIds = batchRows.stream().filter(r -> r.size() == 1).map(r -> (Object) r.get(0)).toList();
        assertThat(updateIds).containsExactlyElementsOf(updated);
        assertThat(deleteIds).containsExactlyElementsOf(deleted);
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(users.c("id")).orderBy(users.c("id"))).scalars().all()).hasSize(40 - deleted.size());
            assertThat(conn.execute(select(users.c("age")).where(users.c("id").eq(updated.get(3)))).scalars().all())
                    .containsExactly(updated.get(3));
        }
    }
}
