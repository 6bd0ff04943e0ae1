package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.select;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One-to-one, passive deletes, self-referential insert order, expunge cascade, and mapping errors. */
class RelationshipMoreTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Member.class, Profile.class, Note.class, Node.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        clearStatements();
    }

    private List<Row> rows(String table) {
        Table t = registry.metadata().tables().get(table);
        try (Connection conn = engine.connect()) {
            return conn.execute(select(t).orderBy(t.columns().get(0))).all();
        }
    }

    @Test
    void oneToOneWithUselistFalse() {
        sessions.transaction(s -> {
            Member m = new Member("ann");
            m.profile = new Profile("hello");
            s.add(m);
        });
        assertThat(rows("profiles")).extracting(r -> r.get("bio") + ":" + r.get("account_id")).containsExactly("hello:1");
        try (Session session = sessions.open()) {
            Member m = session.get(Member.class, 1);          // the one-to-one is loaded with it
            assertThat(m.profile.bio).isEqualTo("hello");
            assertThat(m.profile.account).isSameAs(m);
            clearStatements();
            m.profile = null;                                  // delete-orphan
            session.commit();
            assertThat(statements).containsExactly("DELETE FROM profiles WHERE profiles.id = ?");
        }
        assertThat(rows("profiles")).isEmpty();
    }

    @Test
    void passiveDeletesLeaveChildrenToOnDeleteCascade() {
        sessions.transaction(s -> {
            Member m = new Member("ann");
            m.notes.add(new Note("n1"));
            m.notes.add(new Note("n2"));
            s.add(m);
        });
        try (Session session = sessions.open()) {
            Member m = session.get(Member.class, 1);
            m.profile = null;
            clearStatements();
            session.delete(m);
            session.commit();
            assertThat(statements).containsExactly("DELETE FROM accounts_rel WHERE accounts_rel.id = ?");   // no SELECT of the notes
        }
        assertThat(rows("notes")).isEmpty();
    }

    @Test
    void childAddedBeforeItsParentIsInsertedAfterIt() {
        try (Session session = sessions.open()) {
            Node parent = new Node("parent");
            Node child = new Node("child");
            child.parent = parent;
            session.add(child);                                // the parent follows by cascade, after the child
            session.commit();
        }
        assertThat(rows("nodes")).extracting(r -> r.get("name") + ":" + r.get("parent_id")).containsExactly("parent:null", "child:1");
    }

    @Test
    void expungeCascadesAlongAllCascades() {
        sessions.transaction(s -> {
            Node root = new Node("root");
            root.children.add(new Node("a"));
            s.add(root);
        });
        try (Session session = sessions.open()) {
            Node root = session.get(Node.class, 1);
            Node a = root.children.get(0);
            session.expunge(root);
            assertThat(session.contains(a)).isFalse();
        }
    }

    @Test
    void ambiguousForeignKeysAreAMappingError() {
        Registry r = new Registry().map(MappingErrors.Place.class, MappingErrors.Traveller.class);
        assertThatThrownBy(r::configure).isInstanceOf(MappingError.class)
                .hasMessageContaining("Traveller.home is ambiguous").hasMessageContaining("travellers[home_id]")
                .hasMessageContaining("travellers[work_id]").hasMessageContaining("foreignKeys");
    }

    @Test
    void foreignKeysPicksOne() {
        Registry r = new Registry().map(MappingErrors.Place.class, MappingErrors.Commuter.class);
        r.configure();
        r.metadata().createAll(engine);
    }

    @Test
    void missingForeignKeyIsAMappingError() {
        Registry r = new Registry().map(MappingErrors.Place.class, MappingErrors.Hermit.class);
        assertThatThrownBy(r::configure).isInstanceOf(MappingError.class)
                .hasMessageContaining("Hermit.places").hasMessageContaining("no foreign key links tables 'hermits' and 'places'");
    }

    @Test
    void backrefNeedsTheReverseField() {
        assertThatThrownBy(() -> new Registry().map(MappingErrors.Place.class, MappingErrors.Fan.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("backref 'fans' of Fan.place needs a field Place.fans");
    }
}
