package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.orm.LoaderOptions.selectinload;
import static org.jalchemy.orm.OrmSql.aliased;
import static org.jalchemy.orm.OrmSql.select;
import static org.jalchemy.orm.OrmSql.update;

import java.util.List;
import java.util.Map;
import org.jalchemy.Sql;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.model.Address;
import org.jalchemy.orm.model.Address_;
import org.jalchemy.orm.model.User;
import org.jalchemy.orm.model.User_;
import org.jalchemy.orm.rel.Customer;
import org.jalchemy.orm.rel.Customer_;
import org.jalchemy.orm.rel.Line;
import org.jalchemy.orm.rel.Purchase;
import org.jalchemy.orm.rel.Purchase_;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Registries map the same classes to different tables ({@code a_users} and {@code b_users}, ...) in one JVM, on
 * one engine: each Session, metamodel attribute, ORM statement and alias resolves through the Registry that runs it.
 */
class TwoRegistriesTest extends DatabaseTest {
    Registry a;
    Registry b;
    SessionFactory sessionsA;
    SessionFactory sessionsB;

    @BeforeEach
    void setUp() {
        a = new Registry("a_").map(User.class, Address.class, Customer.class, Purchase.class, Line.class);
        b = new Registry("b_").map(User.class, Address.class, Customer.class, Purchase.class, Line.class);
        a.metadata().createAll(engine);
        b.metadata().createAll(engine);
        sessionsA = SessionFactory.builder(engine).registry(a).build();
        sessionsB = SessionFactory.builder(engine).registry(b).build();
        sessionsA.transaction(s -> {
            User alice = new User("alice", "alice@a.org");
            s.add(alice);
            s.flush();
            s.add(new Address("alice@work.org", alice.id));
            Customer c = new Customer("acme");
            c.purchases.add(new Purchase(10));
            s.add(c);
        });
        sessionsB.transaction(s -> {
            s.add(new User("bob", "bob@b.org"));
            s.add(new User("bea", "bea@b.org"));
            Customer c = new Customer("bmart");
            c.purchases.add(new Purchase(20));
            c.purchases.add(new Purchase(21));
            s.add(c);
        });
        clearStatements();
    }

    @Test
    void eachRegistryHasItsOwnTablesWithForeignKeysBetweenThem() {
        assertThat(a.table(User.class).name()).isEqualTo("a_users");
        assertThat(b.table(User.class).name()).isEqualTo("b_users");
        assertThat(a.table(Address.class).foreignKeys()).extracting(fk -> fk.referredTable()).containsExactly(a.table(User.class));
        assertThat(b.table(Purchase.class).foreignKeys()).extracting(fk -> fk.referredTable()).containsExactly(b.table(Customer.class));
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(Sql.select(a.table(User.class).c("username"))).scalars().all()).containsExactly("alice");
            assertThat(conn.execute(Sql.select(b.table(User.class).c("username")).orderBy(b.table(User.class).c("username")))
                    .scalars().all()).containsExactly("bea", "bob");
        }
    }

    @Test
    void oneStatementRunsAgainstTheRegistryOfEachSession() {
        OrmSelect<User> byName = select(User.class).where(Sql.or(User_.username.startsWith("b"), User_.username.eq("alice")))
                .orderBy(User_.username);
        // one connection at a time (an in-memory SQLite database has one): the Sessions take turns
        try (Session sa = sessionsA.open()) {
            assertThat(sa.scalars(byName).all()).extracting(u -> u.username).containsExactly("alice");
        }
        try (Session sb = sessionsB.open()) {
            assertThat(sb.scalars(byName).all()).extracting(u -> u.username).containsExactly("bea", "bob");
        }
        try (Session sa = sessionsA.open()) {
            assertThat(sa.scalars(byName).all()).extracting(u -> u.username).containsExactly("alice");
        }
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).contains("FROM a_users WHERE a_users.username LIKE ").endsWith("ORDER BY a_users.username");
        assertThat(statements.get(1)).contains("FROM b_users WHERE b_users.username LIKE ").endsWith("ORDER BY b_users.username");
        assertThat(statements.get(2)).isEqualTo(statements.get(0));
        // the legacy Query API and get() too
        try (Session sb = sessionsB.open()) {
            assertThat(sb.query(User.class).filter(User_.username.eq("bob")).one().email).isEqualTo("bob@b.org");
            assertThat(sb.get(User.class, 1).username).isEqualTo("bob");
        }
        try (Session sa = sessionsA.open()) {
            assertThat(sa.query(User.class).filter(User_.username.eq("bob")).all()).isEmpty();
            assertThat(sa.get(User.class, 1).username).isEqualTo("alice");
        }
    }

    @Test
    void relationshipsLoadersAliasesAndBulkStatementsStayInTheirRegistry() {
        OrmSelect<Customer> customers = select(Customer.class).options(selectinload(Customer_.purchases));
        OrmSelect<Object> joined = select(Customer.class, Purchase_.total).join(Customer_.purchases)
                .where(Purchase_.total.gt(15)).orderBy(Purchase_.total);
        Alias<User> other = aliased(User.class);
        OrmSelect<Object> pairs = select(User.class, other).join(other, User_.id.lt(other.get(User_.id)));
        try (Session sa = sessionsA.open()) {
            assertThat(sa.scalars(customers).one().purchases).extracting(p -> p.total).containsExactly(10);
            assertThat(sa.execute(joined).all()).isEmpty();
            assertThat(sa.execute(pairs).all()).isEmpty();
        }
        try (Session sb = sessionsB.open()) {
            assertThat(sb.scalars(customers).one().purchases).extracting(p -> p.total).containsExactly(20, 21);
            assertThat(String.join("\n", statements)).contains("FROM b_purchases WHERE b_purchases.customer_id = ?");
            assertThat(sb.execute(joined).all()).extracting(r -> r.get(Purchase_.total)).containsExactly(20, 21);
            List<org.jalchemy.engine.Row> rows = sb.execute(pairs).all();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).<User>get(0).username).isEqualTo("bob");
            assertThat(statements.get(statements.size() - 1)).matches(".* FROM b_users JOIN b_users AS (b_users_\\d+) ON b_users.id < \\1\\.id");
            sb.execute(update(User.class).where(User_.username.eq("bob")).values(Map.of("age", 7)));
            sb.commit();
        }
        try (Connection conn = engine.connect()) {
            Table ua = a.table(User.class);
            Table ub = b.table(User.class);
            assertThat(conn.execute(Sql.select(ub.c("age")).where(ub.c("username").eq("bob"))).<Object>scalar()).isEqualTo(7);
            assertThat(conn.execute(Sql.select(ua.c("age")).where(ua.c("username").eq("alice"))).<Object>scalar()).isNull();
        }
    }

    @Test
    void coreStatementsResolveAttributesThroughTheOneRegistryTheirContextKnows() {
        Table users = a.table(User.class);
        try (Connection conn = engine.connect()) {
            // both registries are registered with this engine: which table User_.username means is not decided
            assertThatThrownBy(() -> conn.execute(Sql.select(users).where(User_.username.eq("alice"))))
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("User_.username is ambiguous on this Engine: 2 registered Registries map it");
            conn.resolveWith(a.resolver());
            assertThat(conn.execute(Sql.select(User_.email).where(User_.username.eq("alice"))).<Object>scalar()).isEqualTo("alice@a.org");
            conn.resolveWith(b.resolver());
            assertThat(conn.execute(Sql.select(User_.email).where(User_.username.eq("bob"))).<Object>scalar()).isEqualTo("bob@b.org");
            // the same Core statement, keyed and compiled per registry
            var count = Sql.select(Sql.func.count(Address_.id));
            assertThat(conn.execute(count).<Object>scalar()).isEqualTo(0L);
            conn.resolveWith(a.resolver());
            assertThat(conn.execute(count).<Object>scalar()).isEqualTo(1L);
        }
        // an engine only registry b is registered with resolves through it; one with none refuses, naming the attribute
        try (Engine onlyB = sandbox().engineBuilder().build(); Engine none = sandbox().engineBuilder().build()) {
            b.metadata().createAll(onlyB);                // registers b with the engine (tables exist already on a server)
            var zed = Sql.select(User_.username).where(User_.username.eq("zed"));
            assertThat(zed.compile(onlyB.dialect(), onlyB.resolvers()).sql())
                    .isEqualTo("SELECT b_users.username FROM b_users WHERE b_users.username = ?");
            try (Connection conn = onlyB.connect()) {
                assertThat(conn.execute(zed).all()).isEmpty();
            }
            try (Connection conn = none.connect()) {
                assertThatThrownBy(() -> conn.execute(Sql.select(User_.username)))
                        .isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("No Registry known here can resolve").hasMessageContaining("User_.username");
            }
        }
    }

    @Test
    void aSessionFactoryWithoutARegistryNeedsOneRegistryToMapTheClass() {
        SessionFactory any = SessionFactory.of(engine);
        try (Session s = any.open()) {
            assertThatThrownBy(() -> s.scalars(select(User.class)).all())
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Class org.jalchemy.orm.model.User is mapped by 2 Registries registered with this Engine")
                    .hasMessageContaining("SessionFactory.builder(engine).registry(registry)");
            assertThat(statements).isEmpty();
        }
    }
}
