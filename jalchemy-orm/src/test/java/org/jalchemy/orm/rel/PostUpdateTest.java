package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.select;
import static org.jalchemy.types.Types.INTEGER;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.CircularDependencyError;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rows pointing at each other or at themselves: postUpdate writes the key in a second pass; without it, a clear error. */
class PostUpdateTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Widget.class, WidgetEntry.class, Ring.class, Chicken.class, Egg.class, Node.class,
                Hub.class, Spoke.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        clearStatements();
    }

    private List<String> rows(String table, String... cols) {
        Table t = registry.metadata().tables().get(table);
        try (Connection conn = engine.connect()) {
            return conn.execute(select(t).orderBy(t.columns().get(0))).all().stream().map((Row r) -> {
                StringBuilder b = new StringBuilder();
                for (String c : cols) {
                    b.append(b.length() == 0 ? "" : ":").append((Object) r.get(c));
                }
                return b.toString();
            }).toList();
        }
    }

    private void newWidgetWithFavorite() {
        try (Session session = sessions.open()) {
            Widget w = new Widget("w1");
            WidgetEntry e = new WidgetEntry("e1");
            w.entries.add(e);
            w.favoriteEntry = e;
            session.add(w);
            session.commit();
        }
    }

    @Test
    void rowsPointingAtEachOtherAreInsertedThenTheKeyIsUpdated() {
        newWidgetWithFavorite();
        assertThat(statements).containsExactly(
                "INSERT INTO widgets (name, favorite_entry_id) VALUES (?, ?) RETURNING id",   // favorite_entry_id NULL
                "INSERT INTO widget_entries (name, widget_id) VALUES (?, ?) RETURNING id",
                "UPDATE widgets SET favorite_entry_id=? WHERE widgets.id = ?");
        assertThat(rows("widgets", "name", "favorite_entry_id")).containsExactly("w1:1");
        assertThat(rows("widget_entries", "name", "widget_id")).containsExactly("e1:1");
        try (Session session = sessions.open()) {
            Widget w = session.get(Widget.class, 1);
            assertThat(w.favoriteEntry.widget).isSameAs(w);
            assertThat(w.entries).containsExactly(w.favoriteEntry);
        }
    }

    @Test
    void theKeyFieldIsSetInMemoryAndNothingIsLeftDirty() {
        try (Session session = sessions.open()) {
            Widget w = new Widget("w1");
            WidgetEntry e = new WidgetEntry("e1");
            w.entries.add(e);
            w.favoriteEntry = e;
            session.add(w);
            session.flush();
            assertThat(w.favoriteEntryId).isEqualTo(e.id);
            assertThat(session.isModified(w)).isFalse();
            clearStatements();
            session.commit();
            assertThat(statements).isEmpty();
        }
    }

    @Test
    void deletingRowsPointingAtEachOtherSetsTheKeyToNullFirst() {
        newWidgetWithFavorite();
        try (Session session = sessions.open()) {
            Widget w = session.get(Widget.class, 1);
            assertThat(w.entries).hasSize(1);
            clearStatements();
            session.delete(w);                                  // the entry follows (cascade all)
            session.commit();
            assertThat(statements).containsExactly(
                    "UPDATE widgets SET favorite_entry_id=? WHERE widgets.id = ?",
                    "DELETE FROM widget_entries WHERE widget_entries.id = ?",
                    "DELETE FROM widgets WHERE widgets.id = ?");
        }
        assertThat(rows("widgets", "name")).isEmpty();
        assertThat(rows("widget_entries", "name")).isEmpty();
    }

    @Test
    void changingThePostUpdateManyToOneOfAPersistentRowIsAnUpdateAfterTheInsert() {
        newWidgetWithFavorite();
        try (Session session = sessions.open()) {
            Widget w = session.get(Widget.class, 1);
            WidgetEntry e2 = new WidgetEntry("e2");
            w.entries.add(e2);
            w.favoriteEntry = e2;
            clearStatements();
            session.commit();
            assertThat(statements).containsExactly(
                    "INSERT INTO widget_entries (name, widget_id) VALUES (?, ?) RETURNING id",
                    "UPDATE widgets SET favorite_entry_id=? WHERE widgets.id = ?");
        }
        assertThat(rows("widgets", "name", "favorite_entry_id")).containsExactly("w1:2");
        assertThat(rows("widget_entries", "name", "widget_id")).containsExactly("e1:1", "e2:1");
    }

    @Test
    void aRowPointingAtItself() {
        try (Session session = sessions.open()) {
            Ring r = new Ring("solo");
            r.next = r;
            session.add(r);
            session.commit();
            assertThat(statements).containsExactly(
                    "INSERT INTO rings (name, next_id) VALUES (?, ?) RETURNING id",
                    "UPDATE rings SET next_id=? WHERE rings.id = ?");
        }
        assertThat(rows("rings", "id", "next_id")).containsExactly("1:1");
        try (Session session = sessions.open()) {
            Ring r = session.get(Ring.class, 1);
            assertThat(r.next).isSameAs(r);
            clearStatements();
            session.delete(r);
            session.commit();
            assertThat(statements).containsExactly(
                    "UPDATE rings SET next_id=? WHERE rings.id = ?",
                    "DELETE FROM rings WHERE rings.id = ?");
        }
        assertThat(rows("rings", "id")).isEmpty();
    }

    @Test
    void aRingOfRowsIsOneBatchOfInsertsAndOneOfUpdates() {
        try (Session session = sessions.open()) {
            Ring a = new Ring("a");
            Ring b = new Ring("b");
            Ring c = new Ring("c");
            a.next = b;
            b.next = c;
            c.next = a;
            session.addAll(List.of(a, b, c));
            session.commit();
            assertThat(statements).containsExactly(
                    "INSERT INTO rings (name, next_id) VALUES (?, ?), (?, ?), (?, ?) RETURNING id",
                    "UPDATE rings SET next_id=? WHERE rings.id = ?");                // one executemany
        }
        assertThat(rows("rings", "name", "next_id")).containsExactly("a:2", "b:3", "c:1");
        try (Session session = sessions.open()) {
            List<Ring> all = session.query(Ring.class).all();
            clearStatements();
            all.forEach(session::delete);
            session.commit();
            assertThat(statements).containsExactly(
                    "UPDATE rings SET next_id=? WHERE rings.id = ?",
                    "DELETE FROM rings WHERE rings.id = ?");
        }
        assertThat(rows("rings", "id")).isEmpty();
    }

    @Test
    void aCycleWithoutPostUpdateRaisesNamingTheRelationshipsBeforeAnyStatement() {
        try (Session session = sessions.open()) {
            Chicken c = new Chicken("c");
            Egg e = new Egg("e");
            c.egg = e;
            e.chicken = c;
            session.add(c);                                     // the egg follows by the save-update cascade
            assertThatThrownBy(session::flush)
                    .isInstanceOf(CircularDependencyError.class)
                    .hasMessageContaining("Circular dependency between rows to INSERT")
                    .hasMessageContaining("Chicken.egg")
                    .hasMessageContaining("Egg.chicken")
                    .hasMessageContaining("@Relationship(postUpdate = true)");
            assertThat(statements).isEmpty();
            // the Session is still usable: breaking the cycle by hand writes it in two flushes
            c.egg = null;
            session.flush();
            c.egg = e;
            session.commit();
        }
        assertThat(rows("chickens", "name", "egg_id")).containsExactly("c:1");
        assertThat(rows("eggs", "name", "chicken_id")).containsExactly("e:1");
        try (Session session = sessions.open()) {
            Chicken c = session.get(Chicken.class, 1);
            session.delete(c);
            session.delete(c.egg);
            clearStatements();
            assertThatThrownBy(session::flush)
                    .isInstanceOf(CircularDependencyError.class)
                    .hasMessageContaining("Circular dependency between rows to DELETE")
                    .hasMessageContaining("Chicken.egg")
                    .hasMessageContaining("Egg.chicken");
            assertThat(statements).isEmpty();
        }
        assertThat(rows("chickens", "name")).containsExactly("c");
    }

    @Test
    void aRowPointingAtItselfWithoutPostUpdateRaises() {
        try (Session session = sessions.open()) {
            Node n = new Node("n");
            n.parent = n;
            session.add(n);
            assertThatThrownBy(session::commit)
                    .isInstanceOf(CircularDependencyError.class)
                    .hasMessageContaining("needs the key of itself (Node.parent)")
                    .hasMessageContaining("Mark one of [Node.parent]");
            assertThat(statements).isEmpty();
        }
        assertThat(rows("nodes", "name")).isEmpty();
    }

    @Test
    void postUpdateOnAManyToManyIsAMappingError() {
        Registry r = new Registry().map(MappingErrors.Place.class, MappingErrors.Tourist.class);
        r.metadata().table("visits",
                Column.of("tourist_id", INTEGER).references("tourists.id"),
                Column.of("place_id", INTEGER).references("places.id"));
        assertThatThrownBy(r::configure).isInstanceOf(MappingError.class)
                .hasMessageContaining("Tourist.visited has postUpdate = true, but it is a many-to-many");
    }

    @Test
    void postUpdateOnTheOneToManySideUpdatesTheChildrenAfterTheInserts() {
        try (Session session = sessions.open()) {
            Hub h = new Hub("h");
            h.spokes.add(new Spoke("s1"));
            h.spokes.add(new Spoke("s2"));
            session.add(h);
            session.commit();
            assertThat(statements).containsExactly(
                    "INSERT INTO hubs (name) VALUES (?) RETURNING id",
                    "INSERT INTO spokes (name, hub_id) VALUES (?, ?), (?, ?) RETURNING id",      // hub_id NULL
                    "UPDATE spokes SET hub_id=? WHERE spokes.id = ?");                          // one executemany
        }
        assertThat(rows("spokes", "name", "hub_id")).containsExactly("s1:1", "s2:1");
        try (Session session = sessions.open()) {
            Hub h = session.get(Hub.class, 1);
            assertThat(h.spokes).hasSize(2);
            clearStatements();
            session.delete(h);
            session.commit();
            assertThat(statements).containsExactly(
                    "UPDATE spokes SET hub_id=? WHERE spokes.id = ?",
                    "DELETE FROM spokes WHERE spokes.id = ?",
                    "DELETE FROM hubs WHERE hubs.id = ?");
        }
        assertThat(rows("spokes", "name")).isEmpty();
    }
}
