package org.jalchemy.orm.inherit.joined;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.orm.LoaderOptions.joinedload;
import static org.jalchemy.orm.LoaderOptions.selectinload;

import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;
import org.jalchemy.orm.InheritanceType;
import org.jalchemy.orm.OrmSql;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.Version;
import org.jalchemy.orm.exc.StaleDataError;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Joined-table hierarchies with relationship loading strategies, populate-existing and version counters. */
class JoinedInheritanceLoadingTest extends DatabaseTest {
    SessionFactory sessions;
    Registry registry;

    @Entity(table = "docs")
    @Inheritance(strategy = InheritanceType.JOINED)
    static class Doc {
        @Id Integer id;
        String title;
        @Version Integer version;
    }

    @Entity(table = "memos")
    @DiscriminatorValue("memo")
    static class Memo extends Doc {
        String recipient;
        @org.jalchemy.orm.ForeignKey("teams.id") Integer teamId;
        @org.jalchemy.orm.Relationship Team team;
    }

    @Entity(table = "teams")
    static class Team {
        @Id Integer id;
        String name;
    }

    /** Refers to the root table of the hierarchy, while memos (a table of the same hierarchy) refers to teams. */
    @Entity(table = "notes")
    static class Note {
        @Id Integer id;
        @org.jalchemy.orm.ForeignKey("docs.id") Integer docId;
        @org.jalchemy.orm.Relationship Doc doc;
    }

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Person.class, Engineer.class, Manager.class, Director.class, Task.class, Doc.class, Memo.class,
                        Project.class, Team.class, Note.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            Manager max = new Manager("max", 1000);
            max.tasks.add(new Task("plan", null));
            max.tasks.add(new Task("hire", null));
            Engineer ed = new Engineer("ed", "java", 3);
            ed.tasks.add(new Task("code", null));
            s.add(max);
            s.add(ed);
            s.add(new Person("pat"));
        });
        clearStatements();
    }

    @Test
    void collectionsOfPolymorphicOwnersLoadWithEachStrategy() {
        try (Session session = sessions.open()) {
            List<Person> people = session.query(Person.class).options(joinedload(Person_.tasks)).orderBy(Person_.id).all();
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).contains("FROM people LEFT OUTER JOIN engineers ON people.id = engineers.id "
                    + "LEFT OUTER JOIN managers ON people.id = managers.id LEFT OUTER JOIN directors ON people.id = directors.id "
                    + "LEFT OUTER JOIN tasks ON tasks.owner_id = people.id");
            assertThat(people).extracting(p -> p.getClass().getSimpleName() + ":" + p.tasks.size())
                    .containsExactly("Manager:2", "Engineer:1", "Person:0");
            assertThat(((Manager) people.get(0)).budget).isEqualTo(1000);
            assertThat(people.get(0).tasks).extracting(t -> t.title).containsExactly("plan", "hire");
            assertThat(people.get(0).tasks.get(0).owner).isSameAs(people.get(0));
            assertThat(statements).hasSize(1);
        }
        try (Session session = sessions.open()) {
            clearStatements();
            List<Manager> ms = session.query(Manager.class).options(selectinload(Person_.tasks)).all();
            assertThat(ms).singleElement().satisfies(m -> assertThat(m.tasks).extracting(t -> t.title).containsExactly("plan", "hire"));
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void joinedLoadOfAManyToOneToTheRootJoinsEveryTableOfTheHierarchy() {
        try (Session session = sessions.open()) {
            List<Task> tasks = session.query(Task.class).options(joinedload(Task_.owner)).orderBy(Task_.id).all();
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).contains("FROM tasks LEFT OUTER JOIN people ON people.id = tasks.owner_id "
                    + "LEFT OUTER JOIN engineers ON people.id = engineers.id LEFT OUTER JOIN managers ON people.id = managers.id "
                    + "LEFT OUTER JOIN directors ON people.id = directors.id");
            assertThat(tasks).extracting(t -> t.title + ":" + t.owner.getClass().getSimpleName())
                    .containsExactly("plan:Manager", "hire:Manager", "code:Engineer");
            assertThat(tasks.get(0).owner).isSameAs(tasks.get(1).owner);
            assertThat(((Engineer) tasks.get(2).owner).language).isEqualTo("java");
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void relationshipsDeclaredOnAndTargetingASubclass() {
        try (Session session = sessions.open()) {
            Director dora = new Director("dora", 5000, "emea");
            dora.projects.add(new Project("expand", null));
            session.add(dora);
            session.add(new Project("hire", session.get(Manager.class, 1)));
            session.commit();
        }
        try (Session session = sessions.open()) {
            clearStatements();
            List<Project> ps = session.query(Project.class).options(joinedload(Project_.lead)).orderBy(Project_.id).all();
            assertThat(statements).hasSize(1);
            assertThat(ps).extracting(p -> p.title + ":" + p.lead.getClass().getSimpleName() + ":" + p.lead.name)
                    .containsExactly("expand:Director:dora", "hire:Manager:max");
            assertThat(((Director) ps.get(0).lead).region).isEqualTo("emea");
        }
        try (Session session = sessions.open()) {
            List<Manager> ms = session.query(Manager.class).options(selectinload(Manager_.projects)).orderBy(Person_.id).all();
            assertThat(ms).extracting(m -> m.name + ":" + m.projects.size()).containsExactly("max:1", "dora:1");
            Project lazy = session.get(Project.class, 2);
            assertThat(lazy.lead).isSameAs(ms.get(0));
        }
        try (Session session = sessions.open()) {
            Project p = session.get(Project.class, 1);
            assertThat(p.lead).isInstanceOf(Director.class);                    // lazy many-to-one to the subclass
            assertThat(p.lead.projects).containsExactly(p);
        }
    }

    @Test
    void ormJoinsToAHierarchyClassJoinItsTables() {
        sessions.transaction(s -> s.add(new Project("hire", s.get(Manager.class, 1))));
        try (Session session = sessions.open()) {
            clearStatements();
            List<Task> managed = session.scalars(OrmSql.select(Task.class).join(Person.class).where(Manager_.budget.gt(500))
                    .orderBy(Task_.id)).all();
            assertThat(statements.get(0)).contains("FROM tasks JOIN people ON people.id = tasks.owner_id "
                    + "LEFT OUTER JOIN engineers ON people.id = engineers.id LEFT OUTER JOIN managers ON people.id = managers.id");
            assertThat(managed).extracting(t -> t.title).containsExactly("plan", "hire");
            clearStatements();
            List<Project> ps = session.scalars(OrmSql.select(Project.class).join(Manager.class).where(Person_.name.eq("max"))).all();
            assertThat(statements.get(0)).contains("FROM projects JOIN managers ON managers.id = projects.lead_id "
                    + "JOIN people ON managers.id = people.id LEFT OUTER JOIN directors ON managers.id = directors.id");
            assertThat(ps).extracting(p -> p.title).containsExactly("hire");
            assertThat(session.scalars(OrmSql.select(Project.class).join(Project_.lead).where(Person_.name.eq("max"))).all())
                    .containsExactlyElementsOf(ps);
            assertThat(session.scalars(OrmSql.select(Project.class).outerJoin(Project_.lead).where(Person_.name.eq("pat"))).all())
                    .isEmpty();
        }
    }

    @Test
    void countAndLimitedJoinedLoadsOfAPolymorphicQuery() {
        try (Session session = sessions.open()) {
            assertThat(session.query(Person.class).count()).isEqualTo(3);
            assertThat(session.query(Manager.class).count()).isEqualTo(1);
            clearStatements();
            List<Person> two = session.query(Person.class).options(joinedload(Person_.tasks)).orderBy(Person_.id).limit(2).all();
            assertThat(statements).hasSize(1);
            assertThat(two).extracting(p -> p.getClass().getSimpleName() + ":" + p.tasks.size())
                    .containsExactly("Manager:2", "Engineer:1");
            assertThat(((Engineer) two.get(1)).language).isEqualTo("java");
        }
    }

    @Test
    void aHierarchysTablesAreFlushedAsOneAfterEveryTableTheyReferTo() {
        try (Session session = sessions.open()) {
            Team team = new Team();
            team.name = "ops";
            Memo memo = new Memo();
            memo.title = "hi";
            memo.team = team;
            Note note = new Note();
            note.doc = memo;
            session.add(note);                        // added first, inserted last: it refers to docs
            session.add(memo);
            session.add(team);
            clearStatements();
            session.commit();
            assertThat(statements).filteredOn(st -> st.startsWith("INSERT")).extracting(st -> st.substring(0, st.indexOf(" (")))
                    .containsExactly("INSERT INTO teams", "INSERT INTO docs", "INSERT INTO memos", "INSERT INTO notes");
            clearStatements();
            session.delete(note);
            session.delete(memo);
            session.delete(team);
            session.commit();
            assertThat(statements).filteredOn(st -> st.startsWith("DELETE")).extracting(st -> st.substring(0, st.indexOf(" WHERE")))
                    .containsExactly("DELETE FROM notes", "DELETE FROM memos", "DELETE FROM docs", "DELETE FROM teams");
        }
    }

    @Test
    void populateExistingRefreshesSubclassColumns() {
        try (Session session = sessions.open()) {
            Manager max = session.get(Manager.class, 1);
            max.budget = 1;
            max.name = "changed";
            List<Person> all = session.scalars(OrmSql.select(Person.class).orderBy(Person_.id).populateExisting()).all();
            assertThat(all.get(0)).isSameAs(max);
            assertThat(max.budget).isEqualTo(1);                    // autoflushed first, then read back
            session.rollback();
        }
        try (Session session = sessions.open()) {
            Manager max = session.get(Manager.class, 1);
            session.execute(org.jalchemy.Sql.text("UPDATE managers SET budget = 7 WHERE id = 1"));    // behind the ORM's back
            assertThat(session.scalars(OrmSql.select(Person.class)).all()).contains(max);
            assertThat(max.budget).isEqualTo(1000);                 // without populateExisting the loaded object is kept
            session.scalars(OrmSql.select(Person.class).populateExisting()).all();
            assertThat(max.budget).isEqualTo(7);
            assertThat(max.name).isEqualTo("max");
        }
    }

    @Test
    void aVersionInTheRootTableIsBumpedWhenOnlySubclassColumnsChange() {
        Memo m = new Memo();
        m.title = "hello";
        m.recipient = "ann";
        sessions.transaction(s -> s.add(m));
        try (Session session = sessions.open()) {
            Memo memo = session.get(Memo.class, m.id);
            assertThat(memo.version).isEqualTo(1);
            memo.recipient = "bob";
            clearStatements();
            session.flush();
            assertThat(statements).containsExactly("UPDATE docs SET version=? WHERE docs.id = ? AND docs.version = ?",
                    "UPDATE memos SET recipient=? WHERE memos.id = ?").hasSize(2);
            assertThat(memo.version).isEqualTo(2);
            session.commit();
        }
        try (Session session = sessions.open()) {
            Memo stale = session.get(Memo.class, m.id);
            session.execute(org.jalchemy.Sql.text("UPDATE docs SET version = 5"));                  // another writer's change
            stale.recipient = "cy";
            assertThatThrownBy(session::flush).isInstanceOf(StaleDataError.class)
                    .hasMessageContaining("UPDATE statement on table 'docs'");
        }
    }

    @Test
    void aliasingAClassLoadedFromSeveralTablesIsAClearError() {
        // the alias is bound to the registry's mapper when a statement using it runs (or when bound explicitly)
        assertThatThrownBy(() -> registry.bind(OrmSql.aliased(Person.class)))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Cannot alias Person: it is loaded from several tables (JOINED inheritance)");
    }
}
