package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.orm.LoaderOptions.*;
import static org.jalchemy.orm.OrmSql.aliased;
import static org.jalchemy.orm.OrmSql.select;

import static org.jalchemy.types.Types.INTEGER;

import java.util.List;
import org.jalchemy.orm.Alias;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Column;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * joinedload to a table the statement has already (self-referential relationships, a table the query joins itself):
 * the eager join gets an anonymous alias ({@code nodes AS nodes_1}), so it is still one statement.
 */
class SelfJoinTest extends DatabaseTest {
    static final String NODE = "nodes.id, nodes.name, nodes.parent_id";
    static final String NODE_1 = "nodes_1.id, nodes_1.name, nodes_1.parent_id";
    static final String NODE_2 = "nodes_2.id, nodes_2.name, nodes_2.parent_id";
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        Registry registry = new Registry().map(Node.class, Customer.class, Purchase.class, Line.class, Student.class, Course.class,
                Staff.class);
        registry.metadata().table("enrollments",
                Column.of("student_id", INTEGER).references("students.id").primaryKey(),
                Column.of("course_id", INTEGER).references("courses.id").primaryKey());
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            Node root = new Node("root");                 // 1
            s.add(root);
            s.flush();
            Node a = new Node("a");                       // 2
            Node b = new Node("b");                       // 3
            root.children.add(a);
            root.children.add(b);
            s.flush();
            a.children.add(new Node("a1"));               // 4
            a.children.add(new Node("a2"));               // 5
            s.flush();
            for (int i = 1; i <= 2; i++) {
                Customer c = new Customer("c" + i);
                c.purchases.add(new Purchase(i * 10));
                c.purchases.add(new Purchase(i * 10 + 1));
                s.add(c);
            }
            Course math = new Course("math");
            Student ann = new Student("ann");
            ann.courses.add(math);
            ann.courses.add(new Course("art"));
            Student bob = new Student("bob");
            bob.courses.add(math);
            s.add(ann);
            s.add(bob);
            Staff boss = new Staff("boss", null);
            s.add(boss);
            s.flush();
            Staff mid = new Staff("mid", boss);
            s.add(mid);
            s.flush();
            s.add(new Staff("dev", mid));
        });
        clearStatements();
    }

    @Test
    void joinedloadOfSelfReferentialChildrenIsOneStatement() {
        try (Session session = sessions.open()) {
            Node root = session.query(Node.class).filter(Node_.id.eq(1)).options(joinedload(Node_.children)).one();
            assertThat(statements).containsExactly("SELECT " + NODE + ", " + NODE_1
                    + " FROM nodes LEFT OUTER JOIN nodes AS nodes_1 ON nodes_1.parent_id = nodes.id"
                    + " WHERE nodes.id = ? ORDER BY nodes_1.id");
            assertThat(root.children).extracting(n -> n.name).containsExactly("a", "b");
            assertThat(root.children.get(0).parent).isSameAs(root);
            assertThat(statements).hasSize(1);
            assertThat(root.children.get(0).children).extracting(n -> n.name).containsExactly("a1", "a2");  // lazy: not joined
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void nestedSelfReferentialJoinedloadIsOneStatement() {
        try (Session session = sessions.open()) {
            Node root = session.query(Node.class).filter(Node_.id.eq(1))
                    .options(joinedload(Node_.children).joinedload(Node_.children)).one();
            assertThat(statements).containsExactly("SELECT " + NODE + ", " + NODE_1 + ", " + NODE_2
                    + " FROM nodes LEFT OUTER JOIN nodes AS nodes_1 ON nodes_1.parent_id = nodes.id"
                    + " LEFT OUTER JOIN nodes AS nodes_2 ON nodes_2.parent_id = nodes_1.id"
                    + " WHERE nodes.id = ? ORDER BY nodes_1.id, nodes_2.id");
            assertThat(root.children).extracting(n -> n.name).containsExactly("a", "b");
            assertThat(root.children.get(0).children).extracting(n -> n.name).containsExactly("a1", "a2");
            assertThat(root.children.get(1).children).isEmpty();
            assertThat(root.children.get(0).children.get(1).parent.name).isEqualTo("a");
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void joinedloadOfSelfReferentialManyToOneIsOneStatement() {
        try (Session session = sessions.open()) {
            List<Node> nodes = session.query(Node.class).filter(Node_.id.in(List.of(2, 3))).orderBy(Node_.id)
                    .options(joinedload(Node_.parent)).all();
            assertThat(statements).containsExactly("SELECT " + NODE + ", " + NODE_1
                    + " FROM nodes LEFT OUTER JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id"
                    + " WHERE nodes.id IN (?, ?) ORDER BY nodes.id");
            assertThat(nodes).extracting(n -> n.parent.name).containsExactly("root", "root");
            assertThat(nodes.get(0).parent).isSameAs(nodes.get(1).parent);
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void selfReferentialJoinedloadWithLimitJoinsTheLimitedSubquery() {
        try (Session session = sessions.open()) {
            List<Node> nodes = session.query(Node.class).orderBy(Node_.id).limit(2)
                    .options(joinedload(Node_.children)).all();
            assertThat(nodes).extracting(n -> n.name).containsExactly("root", "a");      // 2 nodes, not 2 rows
            assertThat(nodes.get(0).children).extracting(n -> n.name).containsExactly("a", "b");
            assertThat(nodes.get(1).children).extracting(n -> n.name).containsExactly("a1", "a2");
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).startsWith("SELECT anon_1.id, anon_1.name, anon_1.parent_id, " + NODE_1
                    + " FROM (SELECT " + NODE + " FROM nodes ORDER BY nodes.id")
                    .endsWith(") AS anon_1 LEFT OUTER JOIN nodes AS nodes_1 ON nodes_1.parent_id = anon_1.id"
                            + " ORDER BY anon_1.id, nodes_1.id");
        }
    }

    @Test
    void selectinThenSelfReferentialJoinedloadIsTwoStatements() {
        try (Session session = sessions.open()) {
            Node root = session.query(Node.class).filter(Node_.id.eq(1))
                    .options(selectinload(Node_.children).joinedload(Node_.children)).one();
            assertThat(statements).hasSize(2);
            assertThat(statements.get(1)).isEqualTo("SELECT " + NODE + ", " + NODE_1
                    + " FROM nodes LEFT OUTER JOIN nodes AS nodes_1 ON nodes_1.parent_id = nodes.id"
                    + " WHERE nodes.parent_id = ? ORDER BY nodes.id, nodes_1.id");
            assertThat(root.children.get(0).children).extracting(n -> n.name).containsExactly("a1", "a2");
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void joinedloadOfATableTheQueryJoinsGetsItsOwnAlias() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.scalars(select(Customer.class).join(Customer_.purchases)
                    .where(Purchase_.total.eq(10)).options(joinedload(Customer_.purchases))).all();
            assertThat(statements).containsExactly("SELECT customers.id, customers.name, purchases_1.id, purchases_1.total,"
                    + " purchases_1.customer_id FROM customers JOIN purchases ON purchases.customer_id = customers.id"
                    + " LEFT OUTER JOIN purchases AS purchases_1 ON purchases_1.customer_id = customers.id"
                    + " WHERE purchases.total = ? ORDER BY purchases_1.id");
            assertThat(cs).extracting(c -> c.name).containsExactly("c1");
            assertThat(cs.get(0).purchases).extracting(p -> p.total).containsExactly(10, 11);   // all, not the filtered join
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void manyToManyJoinedloadBackToTheQueriedTableAliasesBothTables() {
        try (Session session = sessions.open()) {
            Student ann = session.query(Student.class).filter(Student_.name.eq("ann"))
                    .options(joinedload(Student_.courses).joinedload(Course_.students)).one();
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).contains(" FROM students LEFT OUTER JOIN enrollments ON enrollments.student_id = students.id"
                    + " LEFT OUTER JOIN courses ON enrollments.course_id = courses.id"
                    + " LEFT OUTER JOIN enrollments AS enrollments_1 ON enrollments_1.course_id = courses.id"
                    + " LEFT OUTER JOIN students AS students_1 ON enrollments_1.student_id = students_1.id");
            assertThat(ann.courses).extracting(c -> c.title).containsExactlyInAnyOrder("math", "art");
            Course math = ann.courses.stream().filter(c -> c.title.equals("math")).findFirst().orElseThrow();
            assertThat(math.students).extracting(st -> st.name).containsExactlyInAnyOrder("ann", "bob");
            assertThat(math.students).contains(ann);
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void theAnonymousAliasAvoidsTheNamesOfTheQuerysOwnAliases() {
        try (Session session = sessions.open()) {
            Alias<Node> parent = aliased(Node.class, "nodes_1");
            List<Node> nodes = session.scalars(select(Node.class).join(parent, Node_.parentId.eq(parent.get(Node_.id)))
                    .where(parent.get(Node_.name).eq("root")).orderBy(Node_.id).options(joinedload(Node_.children))).all();
            assertThat(statements.get(0)).contains("JOIN nodes AS nodes_1 ON nodes.parent_id = nodes_1.id")
                    .contains("LEFT OUTER JOIN nodes AS nodes_2 ON nodes_2.parent_id = nodes.id");
            assertThat(nodes).extracting(n -> n.name).containsExactly("a", "b");
            assertThat(nodes.get(0).children).extracting(n -> n.name).containsExactly("a1", "a2");
            // the second statement is the many-to-one parent (root) of a and b, not in the Session yet
            assertThat(statements).hasSize(2);
            assertThat(statements.get(1)).isEqualTo("SELECT " + NODE + " FROM nodes WHERE nodes.id = ?");
        }
    }

    @Test
    void selfReferentialLazyJoinedIsNotJoinedEndlessly() {
        try (Session session = sessions.open()) {
            Staff dev = session.query(Staff.class).filter(Staff_.name.eq("dev")).one();
            // lazy = JOINED to the queried table itself stops at once (SQLAlchemy without join_depth): no join; the
            // managers are resolved after the load, one level per statement
            assertThat(statements.get(0)).doesNotContain("JOIN");
            assertThat(dev.manager.manager.name).isEqualTo("boss");
            assertThat(statements).hasSize(3);
        }
    }

    @Test
    void explicitJoinedloadOfASelfReferentialLazyJoinedJoinsOneLevel() {
        try (Session session = sessions.open()) {
            Staff dev = session.query(Staff.class).filter(Staff_.name.eq("dev")).options(joinedload(Staff_.manager)).one();
            assertThat(statements.get(0)).isEqualTo("SELECT staff.id, staff.name, staff.manager_id, staff_1.id, staff_1.name,"
                    + " staff_1.manager_id FROM staff LEFT OUTER JOIN staff AS staff_1 ON staff_1.id = staff.manager_id"
                    + " WHERE staff.name = ?");
            assertThat(dev.manager.name).isEqualTo("mid");
            assertThat(dev.manager.manager.name).isEqualTo("boss");          // the level below: one more statement
            assertThat(statements).hasSize(2);
        }
    }
}
