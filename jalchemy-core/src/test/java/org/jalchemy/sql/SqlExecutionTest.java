package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.mysql.MySql;
import org.jalchemy.dialect.postgresql.Postgres;
import org.jalchemy.dialect.sqlite.Sqlite;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The expression language run on SQLite, PostgreSQL and MariaDB: the same statements return the same rows. */
class SqlExecutionTest extends DatabaseTest {
    SqlFixture f;
    Table users;
    Table addresses;
    Table nodes;

    @BeforeEach
    void fixture() {
        f = new SqlFixture();
        users = f.users;
        addresses = f.addresses;
        nodes = f.nodes;
        f.metadata.createAll(engine);
        engine.transaction(conn -> {
            // users' ids are generated (1 to 4 in order), so later inserts get fresh ids on PostgreSQL too
            conn.execute(insert(users), List.of(
                    row("username", "alice", "email", "alice@example.com", "age", 30),
                    row("username", "bob", "email", null, "age", 20),
                    row("username", "carol", "email", "carol@x.org", "age", 40),
                    row("username", "dave", "email", "dave@x.org", "age", null)));
            conn.execute(insert(addresses), List.of(
                    row("id", 1, "user_id", 1, "email", "a1@example.com"),
                    row("id", 2, "user_id", 1, "email", "a2@work.org"),
                    row("id", 3, "user_id", 2, "email", "b@example.com")));
            conn.execute(insert(f.orders), List.of(
                    row("id", 1, "user_id", 1, "total", new BigDecimal("10.50")),
                    row("id", 2, "user_id", 3, "total", new BigDecimal("99.99"))));
            conn.execute(insert(nodes), List.of(
                    row("id", 1, "parent_id", null, "name", "root"),
                    row("id", 2, "parent_id", 1, "name", "a"),
                    row("id", 3, "parent_id", 1, "name", "b"),
                    row("id", 4, "parent_id", 2, "name", "a1"),
                    row("id", 5, "parent_id", 4, "name", "a1x")));
        });
        clearStatements();
    }

    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    List<Row> rows(Executable s) {
        try (Connection conn = engine.connect()) {
            return conn.execute(s).all();
        }
    }

    List<Object> column(Executable s, int index) {
        List<Object> out = new ArrayList<>();
        for (Row r : rows(s)) {
            out.add(r.get(index));
        }
        return out;
    }

    @Test
    void tourSelectWithAndOr() {
        Select s = select(users.c("id"), users.c("username"))
                .where(and(users.c("age").gt(18), or(users.c("username").like("c%"), users.c("email").isNull())))
                .orderBy(users.c("id").desc()).limit(10).offset(0);
        assertThat(column(s, 1)).containsExactly("carol", "bob");
        assertThat(column(select(users.c("username")).orderBy(users.c("id")).limit(2).offset(1), 0)).containsExactly("bob", "carol");
        assertThat(column(select(users.c("username")).orderBy(users.c("id")).offset(3), 0)).containsExactly("dave");
    }

    @Test
    void joinInferredFromForeignKey() {
        Select s = select(users.c("username"), addresses.c("email")).selectFrom(users.join(addresses))
                .where(addresses.c("email").endsWith("@example.com")).orderBy(addresses.c("id"));
        assertThat(rows(s)).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("alice a1@example.com", "bob b@example.com");
        Select outer = select(users.c("username"), func.count(addresses.c("id")).label("n"))
                .selectFrom(users.outerJoin(addresses)).groupBy(users.c("username"))
                .having(func.count(addresses.c("id")).gt(0L)).orderBy(users.c("username"));
        List<Row> r = rows(outer);
        assertThat(r).extracting(x -> x.get("username") + "=" + x.get("n")).containsExactly("alice=2", "bob=1");
        assertThat((Object) r.get(0).get("n")).isInstanceOf(Long.class);
        Label<Long> n = func.count(addresses.c("id")).label("n");
        assertThat(column(select(addresses.c("user_id"), n).groupBy(addresses.c("user_id")).orderBy(n.desc()), 0))
                .containsExactly(1, 2);
    }

    @Test
    void selfJoinThroughAlias() {
        TableAlias parent = nodes.alias("parent");
        Select s = select(nodes.c("name"), parent.c("name").label("parent_name"))
                .selectFrom(nodes.join(parent, nodes.c("parent_id").eq(parent.c("id")))).orderBy(nodes.c("id"));
        assertThat(rows(s)).extracting(r -> r.get(0) + "<" + r.get("parent_name"))
                .containsExactly("a<root", "b<root", "a1<a", "a1x<a1");
        TableAlias child = nodes.alias("child");
        assertThat(column(select(child.c("name")).selectFrom(nodes.join(child)).where(nodes.c("name").eq("a")), 0))
                .containsExactly("a1");
    }

    @Test
    void inNotInEmptyInAndSubquery() {
        assertThat(column(select(users.c("id")).where(users.c("id").in(List.of(1, 3))).orderBy(users.c("id")), 0))
                .containsExactly(1, 3);
        assertThat(rows(select(users.c("id")).where(users.c("id").in(List.of())))).isEmpty();
        assertThat(rows(select(users.c("id")).where(false_()))).isEmpty();
        assertThat(column(select(users.c("id")).where(tuple(users.c("id"), users.c("username"))
                .in(List.of(List.of(1, "alice"), List.of(2, "nobody"), List.of(3, "carol")))).orderBy(users.c("id")), 0))
                .containsExactly(1, 3);
        assertThat(rows(select(users.c("id")).where(true_(), users.c("id").eq(2)))).hasSize(1);
        assertThat(column(select(users.c("id")).where(users.c("id").notIn(List.of())), 0)).hasSize(4);
        assertThat(column(select(users.c("id")).where(users.c("id").notIn(select(addresses.c("user_id")))).orderBy(users.c("id")), 0))
                .containsExactly(3, 4);
        assertThat(column(select(users.c("id")).where(users.c("age").between(20, 30)).orderBy(users.c("id")), 0))
                .containsExactly(1, 2);
        try (Connection conn = engine.connect()) {
            Select byIds = select(users.c("username")).where(users.c("id").in(bindparam("ids", INTEGER))).orderBy(users.c("id"));
            assertThat(conn.execute(byIds, Map.of("ids", List.of(4, 2))).scalars().all()).containsExactly("bob", "dave");
            assertThat(conn.execute(byIds, Map.of("ids", List.of(3))).scalars().all()).containsExactly("carol");
        }
    }

    @Test
    void existsAndCorrelatedScalarSubquery() {
        Select e = select(users.c("username")).where(exists(select(addresses.c("id"))
                .where(addresses.c("user_id").eq(users.c("id"))))).orderBy(users.c("id"));
        assertThat(column(e, 0)).containsExactly("alice", "bob");
        Select n = select(users.c("id"), select(func.count(addresses.c("id"))).where(addresses.c("user_id").eq(users.c("id")))
                .scalarSubquery().label("n")).orderBy(users.c("id"));
        List<Row> r = rows(n);
        assertThat(r).extracting(x -> x.get("n")).containsExactly(2L, 1L, 0L, 0L);
        assertThat((Object) r.get(0).get("n")).isInstanceOf(Long.class);
    }

    @Test
    void correlateExceptKeepsATableTheEnclosingQueryAlsoHas() {
        // users with an example.com address who also have a work.org one: the EXISTS must range over addresses itself
        Select q = select(users.c("username")).selectFrom(users.join(addresses))
                .where(addresses.c("email").like("%@example.com"), exists(select(addresses.c("id"))
                        .where(addresses.c("user_id").eq(users.c("id")), addresses.c("email").like("%@work.org"))
                        .correlateExcept(addresses)));
        assertThat(column(q, 0)).containsExactly("alice");
        assertThat(statements).containsExactly("SELECT users.username FROM users JOIN addresses ON users.id = addresses.user_id "
                + "WHERE addresses.email LIKE ? AND EXISTS (SELECT addresses.id FROM addresses WHERE addresses.user_id = users.id "
                + "AND addresses.email LIKE ?)");
        // auto-correlation alone would leave the inner select no FROM (the outer query has both tables), so it correlates
        // nothing and the EXISTS is true for every row: bob, who has no work.org address, comes back too
        Select auto = select(users.c("username")).selectFrom(users.join(addresses))
                .where(addresses.c("email").like("%@example.com"), exists(select(addresses.c("id"))
                        .where(addresses.c("user_id").eq(users.c("id")), addresses.c("email").like("%@work.org"))));
        assertThat(column(auto, 0)).containsExactlyInAnyOrder("alice", "bob");
    }

    @Test
    void subqueryAndCteJoinedByForeignKeyKeepTypes() {
        Subquery sq = select(addresses.c("user_id"), func.count().label("n")).groupBy(addresses.c("user_id")).subquery("counts");
        List<Row> r = rows(select(users.c("username"), sq.c("n")).selectFrom(users.join(sq)).orderBy(users.c("id")));
        assertThat(r).extracting(x -> x.get("username") + "=" + x.get("n")).containsExactly("alice=2", "bob=1");
        assertThat((Object) r.get(0).get(sq.c("n"))).isInstanceOf(Long.class);
        Cte c = select(addresses.c("user_id"), func.count().label("n")).groupBy(addresses.c("user_id")).cte("counts");
        List<Row> rc = rows(select(users.c("username"), c.c("n")).selectFrom(users.join(c)).where(c.c("n").gt(1L)));
        assertThat(rc).extracting(x -> x.get("username") + "=" + x.get("n")).containsExactly("alice=2");
        assertThat((Object) rc.get(0).get("n")).isInstanceOf(Long.class);
    }

    @Test
    void recursiveCte() {
        Cte tree = select(nodes.c("id"), nodes.c("name")).where(nodes.c("id").eq(2)).cte("tree", true);
        tree = tree.unionAll(select(nodes.c("id"), nodes.c("name"))
                .selectFrom(nodes.join(tree, nodes.c("parent_id").eq(tree.c("id")))));
        assertThat(column(select(tree.c("name")).where(tree.c("name").ne("zzz")).orderBy(tree.c("id")), 0))
                .containsExactly("a", "a1", "a1x");
    }

    @Test
    void windowFunctionAndCompoundSelects() {
        Select w = select(addresses.c("id"), func.rowNumber().over(partitionBy(addresses.c("user_id")),
                orderBy(addresses.c("id").desc())).label("rn")).orderBy(addresses.c("id"));
        List<Row> r = rows(w);
        assertThat(r).extracting(x -> x.get("rn")).containsExactly(2L, 1L, 1L);
        assertThat((Object) r.get(0).get("rn")).isInstanceOf(Long.class);
        CompoundSelect u = unionAll(select(users.c("id")).where(users.c("id").lt(3)), select(addresses.c("id")))
                .orderBy(literalColumn("id"));
        assertThat(column(u, 0)).containsExactly(1, 1, 2, 2, 3);
        assertThat(column(union(select(users.c("id")), select(addresses.c("user_id"))).orderBy(literalColumn("id")), 0))
                .containsExactly(1, 2, 3, 4);
        assertThat(column(except_(select(users.c("id")), select(addresses.c("user_id"))).orderBy(literalColumn("id")), 0))
                .containsExactly(3, 4);
        assertThat(column(intersect(select(users.c("id")), select(addresses.c("user_id"))).orderBy(literalColumn("id")), 0))
                .containsExactly(1, 2);
        Subquery counts = unionAll(select(func.count().label("n")).selectFrom(users),
                select(func.count().label("n")).selectFrom(addresses)).subquery("c");
        Object total = rows(select(func.sum(counts.c("n")).label("t"))).get(0).get("t");
        assertThat(((Number) total).longValue()).isEqualTo(7L);
    }

    @Test
    void expressionsCaseCastConcatIlikeNullsFirst() {
        Select s = select(users.c("username"),
                caseWhen(users.c("age").lt(25), "young").when(users.c("age").lt(35), "mid").otherwise("old").label("g"),
                users.c("age").mul(2).plus(1).label("x"),
                cast(users.c("id"), TEXT).label("t"),
                users.c("username").concat("@").concat(users.c("username")).label("c"))
                .where(users.c("id").le(3)).orderBy(users.c("id"));
        List<Row> r = rows(s);
        assertThat(r).extracting(x -> x.get("g")).containsExactly("mid", "young", "old");
        assertThat(r).extracting(x -> x.get("x")).containsExactly(61, 41, 81);
        assertThat((Object) r.get(0).get("x")).isInstanceOf(Integer.class);
        assertThat((Object) r.get(0).get("t")).isEqualTo("1");
        assertThat((Object) r.get(1).get("c")).isEqualTo("bob@bob");
        assertThat(column(select(users.c("username")).where(users.c("username").ilike("AL%")), 0)).containsExactly("alice");
        assertThat(column(select(users.c("username")).where(users.c("username").notIlike("%A%")).orderBy(users.c("id")), 0))
                .containsExactly("bob");
        assertThat(column(select(users.c("username")).orderBy(users.c("age").desc().nullsFirst()), 0))
                .containsExactly("dave", "carol", "alice", "bob");
        assertThat(column(select(users.c("username")).orderBy(users.c("age").nullsLast()), 0))
                .containsExactly("bob", "alice", "carol", "dave");
    }

    @Test
    void hostileValuesRoundTripVerbatim() {
        List<String> hostile = List.of("O'Brien", "x'); DROP TABLE users; --", "back\\slash\\", "50%_off", "50xoff",
                "ünïcødé 漢字 🎉", "\"quoted\"", "semi;colon");
        engine.transaction(conn -> {
            int id = 10;
            for (String h : hostile) {
                conn.execute(insert(users).values(Map.of("id", id++, "username", h, "email", h)));
            }
        });
        for (String h : hostile) {
            assertThat(column(select(users.c("email")).where(users.c("username").eq(h)), 0)).containsExactly(h);
        }
        assertThat(column(select(users.c("username")).where(users.c("username").startsWith("50%")), 0)).containsExactly("50%_off");
        assertThat(column(select(users.c("username")).where(users.c("username").contains("_")), 0)).containsExactly("50%_off");
        assertThat(column(select(users.c("username")).where(users.c("username").endsWith("\\")), 0)).containsExactly("back\\slash\\");
        assertThat(column(select(users.c("username")).where(users.c("username").contains("'); DROP")), 0))
                .containsExactly("x'); DROP TABLE users; --");
        assertThat(column(select(users.c("username")).where(users.c("username").startsWith("ünï")), 0))
                .containsExactly("ünïcødé 漢字 🎉");
        assertThat(column(select(func.count()).selectFrom(users), 0)).containsExactly(12L);
    }

    @Test
    void reservedWordsAndMixedCaseAsNames() {
        Table order = f.metadata.table("order",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("select", string(20)),
                Column.of("user", string(20)),
                Column.of("CamelCase", INTEGER));
        Table mixed = f.metadata.table("MixedTable",
                Column.of("Id", INTEGER).primaryKey(),
                Column.of("order_id", INTEGER).references("order.id"));
        f.metadata.createAll(engine);
        engine.transaction(conn -> {
            conn.execute(insert(order).values(Map.of("id", 1, "select", "s", "user", "u", "CamelCase", 7)));
            conn.execute(insert(mixed).values(Map.of("Id", 5, "order_id", 1)));
            conn.execute(update(order).where(order.c("user").eq("u")).values(Map.of("CamelCase", order.c("CamelCase").plus(1))));
        });
        List<Row> r = rows(select(order.c("select"), order.c("user"), order.c("CamelCase"), mixed.c("Id"))
                .selectFrom(order.join(mixed)));
        assertThat(r).hasSize(1);
        assertThat((Object) r.get(0).get("select")).isEqualTo("s");
        assertThat((Object) r.get(0).get("user")).isEqualTo("u");
        assertThat((Object) r.get(0).get("CamelCase")).isEqualTo(8);
        assertThat((Object) r.get(0).get("Id")).isEqualTo(5);
        engine.transaction(conn -> {
            conn.execute(delete(mixed));
            conn.execute(delete(order).where(order.c("select").eq("s")));
        });
        assertThat(rows(select(order))).isEmpty();
    }

    @Test
    void dmlWithExpressionsCorrelationAndFromSelect() {
        engine.transaction(conn -> {
            conn.execute(update(users).where(users.c("id").eq(1)).values(Map.of("age", users.c("age").plus(1))));
            conn.execute(update(users).values(Map.of("age", select(func.count(addresses.c("id")))
                    .where(addresses.c("user_id").eq(users.c("id"))).scalarSubquery())).where(users.c("id").ge(2)));
            conn.execute(delete(f.orders).where(not(exists(select(addresses.c("id")).where(addresses.c("user_id").eq(f.orders.c("user_id")))))));
            conn.execute(insert(f.orders).fromSelect(List.of("id", "user_id"),
                    select(users.c("id").plus(100), users.c("id")).where(users.c("id").eq(2))));
        });
        assertThat(column(select(users.c("age")).orderBy(users.c("id")), 0)).containsExactly(31, 1, 0, 0);
        assertThat(column(select(f.orders.c("id")).orderBy(f.orders.c("id")), 0)).containsExactly(1, 102);
    }

    @Test
    void returningWhereSupported() {
        try (Connection conn = engine.connect()) {
            Row r = conn.execute(insert(users).values(Map.of("username", "erin", "age", 5))
                    .returning(users.c("id"), users.c("username"))).one();
            // the generated key (InnoDB may leave gaps after a batch, so compare with what was stored)
            assertThat((Object) r.get("id")).isInstanceOf(Integer.class)
                    .isEqualTo(conn.execute(select(users.c("id")).where(users.c("username").eq("erin"))).scalar());
            assertThat((Object) r.get(users.c("username"))).isEqualTo("erin");
            List<Row> del = conn.execute(delete(addresses).where(addresses.c("user_id").eq(1)).returning(addresses.c("email"))).all();
            assertThat(del).extracting(x -> x.get(0)).containsExactlyInAnyOrder("a1@example.com", "a2@work.org");
            conn.commit();
        }
    }

    @Test
    void upsertsPerDatabase() {
        Map<String, Object> existing = Map.of("username", "alice", "email", "new@example.com");
        Map<String, Object> fresh = Map.of("username", "zed", "email", "z@example.com");
        engine.transaction(conn -> {
            switch (engine.dialect().name()) {
                case "postgresql" -> {
                    conn.execute(Postgres.insert(users).values(existing).onConflictDoNothing());
                    conn.execute(Postgres.insert(users).values(existing)
                            .onConflictDoUpdate(List.of("username"), Map.of("email", Postgres.excluded(users, "email"))));
                    conn.execute(Postgres.insert(users).values(fresh)
                            .onConflictDoUpdate(List.of("username"), Map.of("email", Postgres.excluded(users, "email"))));
                }
                case "sqlite" -> {
                    conn.execute(Sqlite.insert(users).values(existing).onConflictDoNothing());
                    conn.execute(Sqlite.insert(users).values(existing)
                            .onConflictDoUpdate(List.of("username"), Map.of("email", Sqlite.excluded(users, "email"))));
                    conn.execute(Sqlite.insert(users).values(fresh)
                            .onConflictDoUpdate(List.of("username"), Map.of("email", Sqlite.excluded(users, "email"))));
                }
                default -> {
                    conn.execute(MySql.insert(users).values(existing).onDuplicateKeyUpdate(Map.of("username", users.c("username"))));
                    conn.execute(MySql.insert(users).values(existing)
                            .onDuplicateKeyUpdate(Map.of("email", MySql.inserted(users, "email"))));
                    conn.execute(MySql.insert(users).values(fresh)
                            .onDuplicateKeyUpdate(Map.of("email", MySql.inserted(users, "email"))));
                }
            }
        });
        assertThat(column(select(users.c("email")).where(users.c("username").in(List.of("alice", "zed"))).orderBy(users.c("username")), 0))
                .containsExactly("new@example.com", "z@example.com");
        assertThat(column(select(func.count()).selectFrom(users), 0)).containsExactly(5L);
        // executemany of an upsert: the conflicting row is skipped (or left as is), the new one inserted
        List<Map<String, Object>> batch = List.of(row("username", "bob", "email", "ignored@x.org"),
                row("username", "yan", "email", "y@x.org"));
        engine.transaction(conn -> conn.execute(switch (engine.dialect().name()) {
            case "postgresql" -> Postgres.insert(users).onConflictDoNothing();
            case "sqlite" -> Sqlite.insert(users).onConflictDoNothing(List.of("username"));
            default -> MySql.insert(users).onDuplicateKeyUpdate(Map.of("username", users.c("username")));
        }, batch));
        assertThat(column(select(users.c("email")).where(users.c("username").in(List.of("bob", "yan"))).orderBy(users.c("username")), 0))
                .containsExactly(null, "y@x.org");
        assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(insert(users).values(existing))))
                .isInstanceOf(IntegrityError.class);
    }

    @Test
    void forUpdateRunsInATransaction() {
        engine.transaction(conn -> {
            assertThat((Object) conn.execute(select(users.c("id")).where(users.c("id").eq(1)).forUpdate()).scalar()).isEqualTo(1);
            assertThat((Object) conn.execute(select(users.c("id")).where(users.c("id").eq(2)).forUpdate(ForUpdate.SKIP_LOCKED)).scalar())
                    .isEqualTo(2);
        });
    }

    @Test
    void compiledCacheKeyedByStructure() {
        var cache = engine.compiledCache();
        try (Connection conn = engine.connect()) {
            long before = cache.compilations();
            assertThat((Object) conn.execute(select(users.c("username")).where(users.c("id").eq(1))).scalar()).isEqualTo("alice");
            assertThat((Object) conn.execute(select(users.c("username")).where(users.c("id").eq(3))).scalar()).isEqualTo("carol");
            assertThat(cache.compilations()).isEqualTo(before + 1);
            // a different column is a different shape
            assertThat((Object) conn.execute(select(users.c("email")).where(users.c("id").eq(3))).scalar()).isEqualTo("carol@x.org");
            assertThat(cache.compilations()).isEqualTo(before + 2);
            // IN lists of different lengths do not collide, and each binds its own values
            assertThat(conn.execute(select(users.c("id")).where(users.c("id").in(List.of(1, 2))).orderBy(users.c("id"))).scalars().all())
                    .containsExactly(1, 2);
            assertThat(conn.execute(select(users.c("id")).where(users.c("id").in(List.of(3, 4, 1))).orderBy(users.c("id"))).scalars().all())
                    .containsExactly(1, 3, 4);
            assertThat(conn.execute(select(users.c("id")).where(users.c("id").in(List.of(4, 3))).orderBy(users.c("id"))).scalars().all())
                    .containsExactly(3, 4);
            assertThat(cache.compilations()).isEqualTo(before + 4);
            // subqueries, CTEs and labels are part of the shape; their values are not
            for (int min : new int[] {0, 1}) {
                Cte c = select(addresses.c("user_id"), func.count().label("n")).groupBy(addresses.c("user_id")).cte("counts");
                List<Object> names = conn.execute(select(users.c("username")).selectFrom(users.join(c))
                        .where(c.c("n").gt((long) min)).orderBy(users.c("id"))).scalars().all();
                assertThat(names).containsExactlyElementsOf(min == 0 ? List.of("alice", "bob") : List.of("alice"));
            }
            assertThat(cache.compilations()).isEqualTo(before + 5);
            Subquery s1 = select(users.c("id")).where(users.c("age").gt(25)).subquery("s");
            Subquery s2 = select(users.c("id")).where(users.c("age").lt(25)).subquery("s");
            assertThat(conn.execute(select(s1.c("id")).orderBy(s1.c("id"))).scalars().all()).containsExactly(1, 3);
            assertThat(conn.execute(select(s2.c("id")).orderBy(s2.c("id"))).scalars().all()).containsExactly(2);
            assertThat(cache.compilations()).isEqualTo(before + 7);
            // one statement object reused with expanding lists: its key is computed once and never changed by a run
            Select byIds = select(users.c("username")).where(users.c("id").in(bindparam("ids", INTEGER))).orderBy(users.c("id"));
            assertThat(conn.execute(byIds, Map.of("ids", List.of(4, 2))).scalars().all()).containsExactly("bob", "dave");
            assertThat(conn.execute(byIds, Map.of("ids", List.of(3))).scalars().all()).containsExactly("carol");
            assertThat(conn.execute(byIds, Map.of("ids", List.of(1, 3))).scalars().all()).containsExactly("alice", "carol");
            assertThat(byIds.cacheKey()).isSameAs(byIds.cacheKey());
            assertThat(cache.compilations()).isEqualTo(before + 9);
            // one INSERT object run in a loop: the same map shape reuses its derived statement, another shape does not
            Insert add = insert(users);
            conn.execute(add, Map.of("username", "erin", "email", "e@x.org", "age", 1));
            conn.execute(add, Map.of("username", "fred", "email", "f@x.org", "age", 2));
            conn.execute(add, Map.of("username", "gus", "age", 3));
            conn.execute(add, Map.of("username", "hal", "email", "h@x.org", "age", 4));
            // the fixture's executemany compiled the full shape already: only the shape without email is new
            assertThat(cache.compilations()).isEqualTo(before + 10);
            assertThat(conn.execute(select(users.c("username"), users.c("email")).where(users.c("age").lt(10))
                    .orderBy(users.c("age"))).all()).extracting(r -> r.get(0) + ":" + r.get(1))
                    .containsExactly("erin:e@x.org", "fred:f@x.org", "gus:null", "hal:h@x.org");
        }
    }

    @Test
    void executemanyIsOneBatch() {
        engine.transaction(conn -> conn.execute(insert(addresses), List.of(
                row("id", 10, "user_id", 3, "email", "c1@x.org"),
                row("id", 11, "user_id", 3, "email", "c2@x.org"),
                row("id", 12, "user_id", 4, "email", "d@x.org"))));
        assertThat(statements).hasSize(1);
        assertThat(column(select(func.count()).selectFrom(addresses), 0)).containsExactly(6L);
    }

    @Test
    void insertManyValuesSendsReturningPagesOf1000Rows() {
        List<Map<String, Object>> params = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            params.add(row("username", "bulk" + i, "age", i));
        }
        long compilations = engine.compiledCache().compilations();
        List<Row> returned;
        try (Connection conn = engine.connect()) {
            returned = conn.execute(insert(users).returning(users.c("id"), users.c("username")), params).all();
            conn.commit();
        }
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).startsWith("INSERT INTO users (username, age) VALUES (?, ?), (?, ?)").endsWith(" RETURNING id, username");
        assertThat(engine.compiledCache().compilations() - compilations).isEqualTo(2);
        assertThat(returned).hasSize(2500);
        assertThat(returned).extracting(r -> r.get("username")).containsExactlyElementsOf(
                params.stream().map(m -> m.get("username")).toList());
        assertThat((Object) returned.get(0).get("id")).isInstanceOf(Integer.class);
        assertThat(returned).extracting(r -> r.get("id")).doesNotHaveDuplicates();
        Object stored = rows(select(users.c("id")).where(users.c("username").eq("bulk1234"))).get(0).get(0);
        assertThat((Object) returned.get(1234).get("id")).isEqualTo(stored);
    }

    @Test
    void lateralOnPostgresAClearErrorElsewhere() {
        Subquery last = select(addresses.c("email")).where(addresses.c("user_id").eq(users.c("id")))
                .orderBy(addresses.c("id").desc()).limit(1).lateral("last");
        Select s = select(users.c("username"), last.c("email")).selectFrom(users.join(last, true_())).orderBy(users.c("id"));
        if (engine.dialect().name().equals("postgresql")) {
            assertThat(rows(s)).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly("alice a2@work.org", "bob b@example.com");
        } else {
            assertThatThrownBy(() -> rows(s)).isInstanceOf(org.jalchemy.exc.CompileError.class)
                    .hasMessageContaining(engine.dialect().name()).hasMessageContaining("LATERAL");
        }
    }
}
