package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.mysql.MariaDbDialect;
import org.jalchemy.dialect.mysql.MySql;
import org.jalchemy.dialect.mysql.MySqlDialect;
import org.jalchemy.dialect.oracle.OracleDialect;
import org.jalchemy.dialect.postgresql.Postgres;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.Sqlite;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.CompileError;
import org.jalchemy.exc.NoSuchColumnError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.junit.jupiter.api.Test;

/** Exact SQL per dialect for each construct of the expression language (no database needed). */
class SqlCompileTest {
    static final Dialect SQLITE = SqliteDialect.INSTANCE;
    static final Dialect PG = PostgresDialect.INSTANCE;
    static final Dialect MYSQL = MySqlDialect.INSTANCE;
    static final Dialect MARIADB = MariaDbDialect.INSTANCE;
    static final Dialect ORACLE = OracleDialect.INSTANCE;

    final SqlFixture f = new SqlFixture();
    final Table users = f.users;
    final Table addresses = f.addresses;
    final Table nodes = f.nodes;

    static String sql(Executable s, Dialect d) {
        return s.compile(d).sql();
    }

    static List<Object> params(Executable s, Dialect d) {
        return s.compile(d).params();
    }

    /** Asserts that every dialect (SQLite, PostgreSQL, MySQL, MariaDB, Oracle) compiles {@code s} to {@code expected}. */
    static void same(Executable s, String expected) {
        for (Dialect d : List.of(SQLITE, PG, MYSQL, MARIADB, ORACLE)) {
            assertThat(sql(s, d)).as(d.name()).isEqualTo(expected);
        }
    }

    /** Asserts that every dialect compiles {@code s} to SQL ending with {@code expected}. */
    static void sameEnd(Executable s, String expected) {
        for (Dialect d : List.of(SQLITE, PG, MYSQL, MARIADB, ORACLE)) {
            assertThat(sql(s, d)).as(d.name()).endsWith(expected);
        }
    }

    @Test
    void tourSelectWithAndOrPrecedenceLimitOffset() {
        Select s = select(users.c("id"), users.c("username"))
                .where(and(users.c("age").gt(18), or(users.c("username").like("j%"), users.c("email").isNull())))
                .orderBy(users.c("id").desc())
                .limit(10).offset(20);
        String body = "SELECT users.id, users.username FROM users WHERE users.age > ? AND "
                + "(users.username LIKE ? OR users.email IS NULL) ORDER BY users.id DESC";
        assertThat(sql(s, SQLITE)).isEqualTo(body + " LIMIT ? OFFSET ?");
        assertThat(sql(s, PG)).isEqualTo(body + " LIMIT ? OFFSET ?");
        assertThat(sql(s, MYSQL)).isEqualTo(body + " LIMIT ? OFFSET ?");
        assertThat(sql(s, ORACLE)).isEqualTo(body + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        assertThat(params(s, SQLITE)).containsExactly(18, "j%", 10, 20);
        assertThat(params(s, ORACLE)).containsExactly(18, "j%", 20, 10);
    }

    @Test
    void offsetAloneAndRepeatedWhere() {
        Select s = select(users.c("id")).where(users.c("age").gt(1)).where(users.c("age").lt(9)).offset(5);
        assertThat(sql(s, SQLITE)).isEqualTo("SELECT users.id FROM users WHERE users.age > ? AND users.age < ? LIMIT -1 OFFSET ?");
        assertThat(sql(s, MYSQL)).isEqualTo("SELECT users.id FROM users WHERE users.age > ? AND users.age < ? "
                + "LIMIT 18446744073709551615 OFFSET ?");
        assertThat(sql(s, PG)).isEqualTo("SELECT users.id FROM users WHERE users.age > ? AND users.age < ? OFFSET ?");
        assertThat(sql(s, ORACLE)).isEqualTo("SELECT users.id FROM users WHERE users.age > ? AND users.age < ? OFFSET ? ROWS");
    }

    @Test
    void parenthesesFollowOperatorPrecedence() {
        ColumnElement<Object> age = users.c("age");
        ColumnElement<Boolean> a = age.gt(1);
        ColumnElement<Boolean> b = age.lt(5);
        ColumnElement<Boolean> c = users.c("email").isNull();
        sameEnd(select(users.c("id")).where(or(and(a, b), c)),
                "WHERE users.age > ? AND users.age < ? OR users.email IS NULL");
        sameEnd(select(users.c("id")).where(and(or(a, b), not(c))),
                "WHERE (users.age > ? OR users.age < ?) AND NOT users.email IS NULL");
        sameEnd(select(users.c("id")).where(not(and(a, b))),
                "WHERE NOT (users.age > ? AND users.age < ?)");
        same(select(age.mul(2).plus(1)), "SELECT users.age * ? + ? FROM users");
        same(select(age.plus(1).mul(2)), "SELECT (users.age + ?) * ? FROM users");
        same(select(age.minus(age.minus(1))), "SELECT users.age - (users.age - ?) FROM users");
        same(select(age.neg().div(2).mod(3)), "SELECT -users.age / ? % ? FROM users");
    }

    @Test
    void joinInfersOnClauseFromTheForeignKey() {
        Select s = select(users, addresses).selectFrom(users.join(addresses))
                .where(addresses.c("email").endsWith("@example.com"));
        String expected = "SELECT users.id, users.username, users.email, users.age, addresses.id, addresses.user_id, "
                + "addresses.email FROM users JOIN addresses ON users.id = addresses.user_id "
                + "WHERE addresses.email LIKE ? ESCAPE '/'";
        assertThat(sql(s, SQLITE)).isEqualTo(expected);
        assertThat(sql(s, PG)).isEqualTo(expected);
        assertThat(sql(s, MYSQL)).isEqualTo(expected);
        assertThat(sql(s, ORACLE)).isEqualTo(expected);
        assertThat(params(s, PG)).containsExactly("%@example.com");
        // the other direction and outer/full joins
        assertThat(sql(select(addresses.c("id")).selectFrom(addresses.outerJoin(users)), PG))
                .isEqualTo("SELECT addresses.id FROM addresses LEFT OUTER JOIN users ON users.id = addresses.user_id");
        assertThat(sql(select(addresses.c("id")).selectFrom(users.fullOuterJoin(addresses)), PG))
                .isEqualTo("SELECT addresses.id FROM users FULL OUTER JOIN addresses ON users.id = addresses.user_id");
        assertThatThrownBy(() -> sql(select(addresses.c("id")).selectFrom(users.fullOuterJoin(addresses)), MYSQL))
                .isInstanceOf(CompileError.class).hasMessageContaining("mysql").hasMessageContaining("FULL OUTER JOIN");
        // a chain: users JOIN addresses JOIN orders (orders' key refers to users)
        assertThat(sql(select(users.c("id")).selectFrom(users.join(addresses).join(f.orders)), SQLITE))
                .isEqualTo("SELECT users.id FROM users JOIN addresses ON users.id = addresses.user_id "
                        + "JOIN orders ON users.id = orders.user_id");
    }

    @Test
    void joinFromExtendsTheJoinHoldingItsLeftSide() {
        Select base = select(users.c("username")).join(addresses);
        same(base.outerJoinFrom(addresses, f.orders, f.orders.c("user_id").eq(addresses.c("user_id"))),
                "SELECT users.username FROM users JOIN addresses ON users.id = addresses.user_id "
                        + "LEFT OUTER JOIN orders ON orders.user_id = addresses.user_id");
        same(select(users.c("username")).joinFrom(users, addresses, addresses.c("user_id").eq(users.c("id"))),
                "SELECT users.username FROM users JOIN addresses ON addresses.user_id = users.id");
        same(select(users.c("username")).where(users.c("id").eq(1)).addColumns(addresses.c("email")).join(addresses),
                "SELECT users.username, addresses.email FROM users JOIN addresses ON users.id = addresses.user_id WHERE users.id = ?");
    }

    @Test
    void selectJoinJoinsToItsFrom() {
        same(select(users.c("username"), addresses.c("email")).join(addresses),
                "SELECT users.username, addresses.email FROM users JOIN addresses ON users.id = addresses.user_id");
        same(select(users.c("username")).join(addresses).outerJoin(f.orders, f.orders.c("user_id").eq(users.c("id"))),
                "SELECT users.username FROM users JOIN addresses ON users.id = addresses.user_id "
                        + "LEFT OUTER JOIN orders ON orders.user_id = users.id");
        same(select(func.count()).selectFrom(addresses).join(users),
                "SELECT count(*) FROM addresses JOIN users ON users.id = addresses.user_id");
        assertThatThrownBy(() -> select(literal(1)).join(users)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("no FROM item");
    }

    @Test
    void joinWithoutOrWithSeveralForeignKeysIsAClearError() {
        assertThatThrownBy(() -> users.join(nodes))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Found no foreign key between table 'users' and table 'nodes'");
        Table messages = f.metadata.table("messages",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("sender_id", INTEGER).references("users.id"),
                Column.of("recipient_id", INTEGER).references("users.id"));
        assertThatThrownBy(() -> users.join(messages))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Found 2 foreign keys between table 'users' and table 'messages'");
    }

    @Test
    void aliasesAndSelfJoins() {
        TableAlias parent = nodes.alias("parent");
        Select s = select(nodes.c("name"), parent.c("name").label("parent_name"))
                .selectFrom(nodes.join(parent, nodes.c("parent_id").eq(parent.c("id"))));
        assertThat(sql(s, SQLITE)).isEqualTo("SELECT nodes.name, parent.name AS parent_name FROM nodes "
                + "JOIN nodes AS parent ON nodes.parent_id = parent.id");
        assertThat(sql(s, PG)).isEqualTo(sql(s, SQLITE));
        assertThat(sql(s, MYSQL)).isEqualTo(sql(s, SQLITE));
        assertThat(sql(s, ORACLE)).isEqualTo("SELECT nodes.name, parent.name AS parent_name FROM nodes "
                + "JOIN nodes parent ON nodes.parent_id = parent.id");
        TableAlias child = nodes.alias("child");
        assertThat(sql(select(child.c("id")).selectFrom(nodes.join(child)), PG))
                .isEqualTo("SELECT child.id FROM nodes JOIN nodes AS child ON nodes.id = child.parent_id");
        TableAlias u2 = users.alias("u2");
        assertThat(sql(select(u2.c("id")).where(u2.c("age").gt(3)), MYSQL))
                .isEqualTo("SELECT u2.id FROM users AS u2 WHERE u2.age > ?");
        assertThatThrownBy(() -> u2.c("nope")).isInstanceOf(NoSuchColumnError.class)
                .hasMessageContaining("'u2'").hasMessageContaining("'nope'");
    }

    @Test
    void outerJoinGroupByHavingLabel() {
        Select s = select(users.c("username"), func.count(addresses.c("id")).label("n"))
                .selectFrom(users.outerJoin(addresses, users.c("id").eq(addresses.c("user_id"))))
                .groupBy(users.c("username")).having(func.count(addresses.c("id")).gt(1));
        same(s, "SELECT users.username, count(addresses.id) AS n FROM users "
                + "LEFT OUTER JOIN addresses ON users.id = addresses.user_id GROUP BY users.username "
                + "HAVING count(addresses.id) > ?");
        same(select(func.count(distinct(users.c("age")))),
                "SELECT count(DISTINCT users.age) FROM users");
        same(select(users.c("age")).distinct(), "SELECT DISTINCT users.age FROM users");
    }

    @Test
    void inNotInEmptyAndSubquery() {
        same(select(users.c("id")).where(users.c("id").in(List.of(1, 2, 3))),
                "SELECT users.id FROM users WHERE users.id IN (?, ?, ?)");
        same(select(users.c("id")).where(users.c("id").in(List.of())),
                "SELECT users.id FROM users WHERE 1 != 1");
        same(select(users.c("id")).where(users.c("id").notIn(List.of())),
                "SELECT users.id FROM users WHERE 1 = 1");
        same(select(users.c("id")).where(users.c("id").notIn(List.of(4))),
                "SELECT users.id FROM users WHERE users.id NOT IN (?)");
        same(select(users.c("id")).where(users.c("id").in(select(addresses.c("user_id")))),
                "SELECT users.id FROM users WHERE users.id IN (SELECT addresses.user_id FROM addresses)");
        same(select(users.c("id")).where(users.c("id").notIn(
                select(addresses.c("user_id")).where(addresses.c("email").like("%x")))),
                "SELECT users.id FROM users WHERE users.id NOT IN "
                        + "(SELECT addresses.user_id FROM addresses WHERE addresses.email LIKE ?)");
    }

    @Test
    void tuples() {
        Select s = select(users.c("id")).where(tuple(users.c("id"), users.c("username")).in(List.of(List.of(1, "a"), List.of(2, "b"))));
        same(s, "SELECT users.id FROM users WHERE (users.id, users.username) IN ((?, ?), (?, ?))");
        assertThat(params(s, PG)).containsExactly(1, "a", 2, "b");
        same(select(users.c("id")).where(tuple(users.c("id"), users.c("age")).eq(List.of(1, 2))),
                "SELECT users.id FROM users WHERE (users.id, users.age) = (?, ?)");
        assertThatThrownBy(() -> tuple(users.c("id"), users.c("age")).in(List.of(List.of(1)))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("lists of 2 values");
    }

    @Test
    void betweenLikeHelpersEscapeWildcards() {
        same(select(users.c("id")).where(users.c("age").between(18, 30)),
                "SELECT users.id FROM users WHERE users.age BETWEEN ? AND ?");
        same(select(users.c("id")).where(users.c("age").notBetween(18, 30)),
                "SELECT users.id FROM users WHERE users.age NOT BETWEEN ? AND ?");
        Select s = select(users.c("id")).where(users.c("username").contains("50%_off/x"));
        same(s, "SELECT users.id FROM users WHERE users.username LIKE ? ESCAPE '/'");
        assertThat(params(s, MYSQL)).containsExactly("%50/%/_off//x%");
        assertThat(params(select(users.c("id")).where(users.c("username").startsWith("a_")), PG)).containsExactly("a/_%");
        same(select(users.c("id")).where(users.c("username").notLike("x%")),
                "SELECT users.id FROM users WHERE users.username NOT LIKE ?");
    }

    @Test
    void ilikeIsNativeOnPostgresAndLowerElsewhere() {
        Select s = select(users.c("id")).where(users.c("username").ilike("J%"));
        assertThat(sql(s, PG)).isEqualTo("SELECT users.id FROM users WHERE users.username ILIKE ?");
        assertThat(sql(s, SQLITE)).isEqualTo("SELECT users.id FROM users WHERE lower(users.username) LIKE lower(?)");
        assertThat(sql(s, MYSQL)).isEqualTo("SELECT users.id FROM users WHERE lower(users.username) LIKE lower(?)");
        assertThat(sql(select(users.c("id")).where(users.c("username").notIlike("J%")), ORACLE))
                .isEqualTo("SELECT users.id FROM users WHERE lower(users.username) NOT LIKE lower(?)");
    }

    @Test
    void concatenationPerDialect() {
        Select s = select(users.c("username").concat("@").concat(users.c("email")).label("x"));
        assertThat(sql(s, SQLITE)).isEqualTo("SELECT users.username || ? || users.email AS x FROM users");
        assertThat(sql(s, PG)).isEqualTo("SELECT users.username || ? || users.email AS x FROM users");
        assertThat(sql(s, MYSQL)).isEqualTo("SELECT concat(concat(users.username, ?), users.email) AS x FROM users");
        assertThat(sql(s, ORACLE)).isEqualTo("SELECT users.username || ? || users.email AS x FROM users");
    }

    @Test
    void nullsFirstAndLastEmulatedOnMySql() {
        Select s = select(users.c("id")).orderBy(users.c("age").desc().nullsFirst(), users.c("id").nullsLast());
        assertThat(sql(s, PG)).isEqualTo("SELECT users.id FROM users ORDER BY users.age DESC NULLS FIRST, users.id NULLS LAST");
        assertThat(sql(s, SQLITE)).isEqualTo("SELECT users.id FROM users ORDER BY users.age DESC NULLS FIRST, users.id NULLS LAST");
        assertThat(sql(s, ORACLE)).isEqualTo(sql(s, PG));
        assertThat(sql(s, MYSQL)).isEqualTo(sql(s, MARIADB));
        assertThat(sql(s, MARIADB)).isEqualTo("SELECT users.id FROM users ORDER BY users.age IS NULL DESC, users.age DESC, "
                + "users.id IS NULL, users.id");
    }

    @Test
    void castCaseCollateCustomOperatorLiterals() {
        assertThat(sql(select(cast(users.c("age"), TEXT)), SQLITE)).isEqualTo("SELECT CAST(users.age AS TEXT) FROM users");
        assertThat(sql(select(cast(users.c("age"), TEXT)), MYSQL)).isEqualTo("SELECT CAST(users.age AS CHAR) FROM users");
        assertThat(sql(select(cast(users.c("age"), TEXT)), ORACLE))
                .isEqualTo("SELECT CAST(users.age AS VARCHAR2(4000 CHAR)) FROM users");
        assertThat(sql(select(users.c("email").cast(INTEGER)), PG)).isEqualTo("SELECT CAST(users.email AS INTEGER) FROM users");
        Select c = select(caseWhen(users.c("age").lt(20), "young").when(users.c("age").lt(40), "mid").otherwise("old").label("g"));
        assertThat(sql(c, PG)).isEqualTo("SELECT CASE WHEN users.age < ? THEN ? WHEN users.age < ? THEN ? ELSE ? END AS g FROM users");
        assertThat(params(c, PG)).containsExactly(20, "young", 40, "mid", "old");
        Case<String> e = caseWhen(users.c("age").isNull(), func.lower(users.c("username"))).otherwise("known");
        assertThat(e.type()).isEqualTo(STRING);
        assertThat(sql(select(e), SQLITE)).isEqualTo("SELECT CASE WHEN users.age IS NULL THEN lower(users.username) ELSE ? END FROM users");
        assertThat(sql(select(users.c("id")).orderBy(users.c("username").collate("NOCASE")), SQLITE))
                .isEqualTo("SELECT users.id FROM users ORDER BY users.username COLLATE NOCASE");
        assertThatThrownBy(() -> users.c("username").collate("x; DROP TABLE users")).isInstanceOf(ArgumentError.class);
        assertThat(sql(select(users.c("id")).where(users.c("email").op("@>", "x")), PG))
                .isEqualTo("SELECT users.id FROM users WHERE users.email @> ?");
        assertThatThrownBy(() -> users.c("email").op("'; --", "x")).isInstanceOf(ArgumentError.class);
        assertThat(sql(select(literal(5), literalColumn("7").label("seven")), SQLITE)).isEqualTo("SELECT ?, 7 AS seven");
        assertThat(sql(select(literal(5)), ORACLE)).isEqualTo("SELECT ? FROM DUAL");
        assertThat(sql(select(users.c("id")).where(users.c("id").eq(bindparam("uid"))), SQLITE))
                .isEqualTo("SELECT users.id FROM users WHERE users.id = ?");
        same(select(users.c("id")).where(users.c("email").eq(null)), "SELECT users.id FROM users WHERE users.email IS NULL");
        same(select(users.c("id")).where(users.c("email").ne(null)), "SELECT users.id FROM users WHERE users.email IS NOT NULL");
        assertThat(params(select(users.c("id")).having(func.count().ge(2)), PG)).containsExactly(2L);
        assertThatThrownBy(() -> func.lower(users.c("email")).gt(5)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Cannot use value 5");
    }

    @Test
    void existsAndCorrelatedScalarSubquery() {
        Select e = select(users).where(exists(select(addresses.c("id")).where(addresses.c("user_id").eq(users.c("id")))));
        same(e, "SELECT users.id, users.username, users.email, users.age FROM users WHERE "
                + "EXISTS (SELECT addresses.id FROM addresses WHERE addresses.user_id = users.id)");
        Select n = select(users.c("id"), select(func.count(addresses.c("id"))).where(addresses.c("user_id").eq(users.c("id")))
                .scalarSubquery().label("n"));
        same(n, "SELECT users.id, (SELECT count(addresses.id) FROM addresses "
                + "WHERE addresses.user_id = users.id) AS n FROM users");
        Select notExists = select(users.c("id")).where(not(exists(select(addresses.c("id"))
                .where(addresses.c("user_id").eq(users.c("id"))))));
        same(notExists, "SELECT users.id FROM users WHERE NOT EXISTS "
                + "(SELECT addresses.id FROM addresses WHERE addresses.user_id = users.id)");
        // a subquery that refers only to enclosing tables keeps its FROM (nothing left to correlate against)
        Select self = select(users.c("id")).where(users.c("age").eq(select(func.max(users.c("age"))).scalarSubquery()));
        same(self, "SELECT users.id FROM users WHERE users.age = (SELECT max(users.age) FROM users)");
    }

    Subquery counts() {
        return select(addresses.c("user_id"), func.count().label("n")).groupBy(addresses.c("user_id")).subquery("counts");
    }

    @Test
    void subqueryJoinedByItsForeignKey() {
        Subquery sq = counts();
        Select s = select(users.c("username"), sq.c("n")).selectFrom(users.join(sq));
        String inner = "SELECT addresses.user_id, count(*) AS n FROM addresses GROUP BY addresses.user_id";
        assertThat(sql(s, PG)).isEqualTo("SELECT users.username, counts.n FROM users JOIN (" + inner
                + ") AS counts ON users.id = counts.user_id");
        assertThat(sql(s, ORACLE)).isEqualTo("SELECT users.username, counts.n FROM users JOIN (" + inner
                + ") counts ON users.id = counts.user_id");
        assertThat(sql(s, SQLITE)).isEqualTo(sql(s, PG));
        assertThat(sql(s, MYSQL)).isEqualTo(sql(s, PG));
        Select explicit = select(users.c("username"), sq.c("n")).selectFrom(users.join(sq, users.c("id").eq(sq.c("user_id"))));
        assertThat(sql(explicit, SQLITE)).isEqualTo(sql(s, SQLITE));
        assertThat(sq.c("n").type()).isEqualTo(BIGINT);
        assertThatThrownBy(() -> sq.c("missing")).isInstanceOf(NoSuchColumnError.class)
                .hasMessageContaining("'counts'").hasMessageContaining("[user_id, n]");
    }

    @Test
    void cteJoinedByItsForeignKey() {
        Cte c = select(addresses.c("user_id"), func.count().label("n")).groupBy(addresses.c("user_id")).cte("counts");
        Select s = select(users.c("username"), c.c("n")).selectFrom(users.join(c)).where(c.c("n").gt(1L));
        String expected = "WITH counts AS (SELECT addresses.user_id, count(*) AS n FROM addresses GROUP BY addresses.user_id) "
                + "SELECT users.username, counts.n FROM users JOIN counts ON users.id = counts.user_id WHERE counts.n > ?";
        assertThat(sql(s, SQLITE)).isEqualTo(expected);
        assertThat(sql(s, PG)).isEqualTo(expected);
        assertThat(sql(s, MARIADB)).isEqualTo(expected);
        assertThat(sql(s, ORACLE)).isEqualTo(expected);
    }

    @Test
    void recursiveCteBindsComeFirst() {
        Cte tree = select(nodes.c("id"), nodes.c("name")).where(nodes.c("id").eq(2)).cte("tree", true);
        tree = tree.unionAll(select(nodes.c("id"), nodes.c("name"))
                .selectFrom(nodes.join(tree, nodes.c("parent_id").eq(tree.c("id")))));
        Select s = select(tree.c("name")).where(tree.c("name").ne("x")).orderBy(tree.c("id"));
        String body = "tree(id, name) AS (SELECT nodes.id, nodes.name FROM nodes WHERE nodes.id = ? UNION ALL "
                + "SELECT nodes.id, nodes.name FROM nodes JOIN tree ON nodes.parent_id = tree.id) "
                + "SELECT tree.name FROM tree WHERE tree.name != ? ORDER BY tree.id";
        assertThat(sql(s, PG)).isEqualTo("WITH RECURSIVE " + body);
        assertThat(sql(s, SQLITE)).isEqualTo("WITH RECURSIVE " + body);
        assertThat(sql(s, MARIADB)).isEqualTo("WITH RECURSIVE " + body);
        assertThat(sql(s, ORACLE)).isEqualTo("WITH " + body);
        assertThat(params(s, PG)).containsExactly(2, "x");
        Cte a = select(users.c("id")).cte("x");
        Cte b = select(addresses.c("id")).cte("x");
        assertThatThrownBy(() -> sql(select(a.c("id"), b.c("id")), PG)).isInstanceOf(CompileError.class)
                .hasMessage("Two different CTEs are named 'x' in one statement");
    }

    @Test
    void windowFunctions() {
        Select s = select(addresses.c("id"), func.rowNumber().over(partitionBy(addresses.c("user_id")),
                orderBy(addresses.c("id").desc())).label("rn"));
        String expected = "SELECT addresses.id, row_number() OVER (PARTITION BY addresses.user_id ORDER BY addresses.id DESC) "
                + "AS rn FROM addresses";
        assertThat(sql(s, SQLITE)).isEqualTo(expected);
        assertThat(sql(s, PG)).isEqualTo(expected);
        assertThat(sql(s, MYSQL)).isEqualTo(expected);
        assertThat(sql(s, ORACLE)).isEqualTo(expected);
        Select running = select(func.sum(users.c("age")).over(orderBy(users.c("id")), rows(null, 0)));
        assertThat(sql(running, PG)).isEqualTo("SELECT sum(users.age) OVER (ORDER BY users.id ROWS BETWEEN UNBOUNDED PRECEDING "
                + "AND CURRENT ROW) FROM users");
        assertThat(sql(select(func.rank().over(range(-2, 3))), PG))
                .isEqualTo("SELECT rank() OVER (RANGE BETWEEN 2 PRECEDING AND 3 FOLLOWING)");
    }

    @Test
    void compoundSelects() {
        CompoundSelect u = unionAll(select(users.c("id")), select(addresses.c("id"))).orderBy(literalColumn("id"));
        same(u, "SELECT users.id FROM users UNION ALL SELECT addresses.id FROM addresses ORDER BY id");
        assertThat(sql(union(select(users.c("id")), select(addresses.c("id"))).limit(3), PG))
                .isEqualTo("SELECT users.id FROM users UNION SELECT addresses.id FROM addresses LIMIT ?");
        assertThat(sql(except_(select(users.c("id")), select(addresses.c("user_id"))), PG))
                .isEqualTo("SELECT users.id FROM users EXCEPT SELECT addresses.user_id FROM addresses");
        assertThat(sql(except_(select(users.c("id")), select(addresses.c("user_id"))), ORACLE))
                .isEqualTo("SELECT users.id FROM users MINUS SELECT addresses.user_id FROM addresses");
        assertThat(sql(select(users.c("id")).intersect(select(addresses.c("user_id"))), MYSQL))
                .isEqualTo("SELECT users.id FROM users INTERSECT SELECT addresses.user_id FROM addresses");
        Subquery sq = union(select(users.c("id")), select(addresses.c("user_id"))).subquery("ids");
        assertThat(sql(select(func.count()).selectFrom(sq), PG))
                .isEqualTo("SELECT count(*) FROM (SELECT users.id FROM users UNION SELECT addresses.user_id FROM addresses) AS ids");
        assertThatThrownBy(() -> union(select(users.c("id")), select(users.c("id"), users.c("age"))))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("same number of columns");
    }

    @Test
    void lateral() {
        Subquery last = select(addresses.c("email")).where(addresses.c("user_id").eq(users.c("id")))
                .orderBy(addresses.c("id").desc()).limit(1).lateral("last");
        Select s = select(users.c("username"), last.c("email")).selectFrom(users.join(last, true_()));
        assertThat(sql(s, PG)).isEqualTo("SELECT users.username, last.email FROM users JOIN LATERAL (SELECT addresses.email "
                + "FROM addresses WHERE addresses.user_id = users.id ORDER BY addresses.id DESC LIMIT ?) AS last ON true");
        assertThatThrownBy(() -> sql(s, SQLITE)).isInstanceOf(CompileError.class).hasMessageContaining("sqlite")
                .hasMessageContaining("LATERAL");
        assertThatThrownBy(() -> sql(s, MARIADB)).isInstanceOf(CompileError.class).hasMessageContaining("mariadb");
    }

    @Test
    void labelsAreDefinedInColumnsNamedInOrderByAndExpandedElsewhere() {
        Label<Long> n = func.count(addresses.c("id")).label("n");
        Select s = select(addresses.c("user_id"), n).groupBy(addresses.c("user_id")).having(n.gt(1L)).orderBy(n.desc());
        same(s, "SELECT addresses.user_id, count(addresses.id) AS n FROM addresses GROUP BY addresses.user_id "
                + "HAVING count(addresses.id) > ? ORDER BY n DESC");
        Label<Object> total = users.c("age").plus(1).label("total");
        same(select(total, total.mul(2).label("twice")), "SELECT users.age + ? AS total, (users.age + ?) * ? AS twice FROM users");
        same(select(func.max(total)), "SELECT max(users.age + ?) FROM users");
        same(select(users.c("id")).where(total.mul(2).gt(3)), "SELECT users.id FROM users WHERE (users.age + ?) * ? > ?");
        same(select(users.c("id")).where(users.c("id").in(select(n.element().label("c")).groupBy(addresses.c("user_id")))),
                "SELECT users.id FROM users WHERE users.id IN (SELECT count(addresses.id) AS c FROM addresses "
                        + "GROUP BY addresses.user_id)");
    }

    @Test
    void booleanConstants() {
        assertThat(sql(select(users.c("id")).where(true_()), PG)).isEqualTo("SELECT users.id FROM users WHERE true");
        assertThat(sql(select(users.c("id")).where(false_()), SQLITE)).isEqualTo("SELECT users.id FROM users WHERE 0");
        assertThat(sql(select(users.c("id")).where(true_()), MYSQL)).isEqualTo("SELECT users.id FROM users WHERE 1");
        assertThat(sql(select(users.c("id")).where(false_()), ORACLE)).isEqualTo("SELECT users.id FROM users WHERE 1 != 1");
    }

    @Test
    void forUpdate() {
        Select s = select(users.c("id")).where(users.c("id").eq(1));
        assertThat(sql(s.forUpdate(), PG)).isEqualTo("SELECT users.id FROM users WHERE users.id = ? FOR UPDATE");
        assertThat(sql(s.forUpdate(ForUpdate.NOWAIT), ORACLE)).isEqualTo("SELECT users.id FROM users WHERE users.id = ? FOR UPDATE NOWAIT");
        assertThat(sql(s.forUpdate(ForUpdate.SKIP_LOCKED), MARIADB))
                .isEqualTo("SELECT users.id FROM users WHERE users.id = ? FOR UPDATE SKIP LOCKED");
        assertThat(sql(s.forUpdate(), SQLITE)).isEqualTo("SELECT users.id FROM users WHERE users.id = ?");
    }

    @Test
    void reservedWordsAndMixedCaseAreQuoted() {
        Table order = f.metadata.table("order",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("select", string(20)),
                Column.of("user", string(20)),
                Column.of("CamelCase", INTEGER));
        Select s = select(order.c("select"), order.c("user"), order.c("CamelCase")).where(order.c("id").eq(1));
        assertThat(sql(s, PG)).isEqualTo("SELECT \"order\".\"select\", \"order\".\"user\", \"order\".\"CamelCase\" "
                + "FROM \"order\" WHERE \"order\".id = ?");
        assertThat(sql(s, SQLITE)).isEqualTo(sql(s, PG));
        assertThat(sql(s, ORACLE)).isEqualTo(sql(s, PG));
        assertThat(sql(s, MARIADB)).isEqualTo(sql(s, MYSQL));
        assertThat(sql(s, MYSQL)).isEqualTo("SELECT `order`.`select`, `order`.`user`, `order`.`CamelCase` "
                + "FROM `order` WHERE `order`.id = ?");
        assertThat(sql(insert(order).values(Map.of("select", "a", "user", "b")), SQLITE))
                .isEqualTo("INSERT INTO \"order\" (\"select\", \"user\") VALUES (?, ?)");
    }

    @Test
    void insertReturningPerDialect() {
        Insert i = insert(users).values(Map.of("username", "john", "email", "j@x.org")).returning(users.c("id"));
        String expected = "INSERT INTO users (username, email) VALUES (?, ?) RETURNING id";
        assertThat(sql(i, PG)).isEqualTo(expected);
        assertThat(sql(i, SQLITE)).isEqualTo(expected);
        assertThat(sql(i, MARIADB)).isEqualTo(expected);
        assertThat(params(i, PG)).containsExactly("john", "j@x.org");
        assertThatThrownBy(() -> sql(i, MYSQL)).isInstanceOf(CompileError.class)
                .hasMessage("The mysql dialect does not support INSERT ... RETURNING");
        assertThatThrownBy(() -> sql(i, ORACLE)).isInstanceOf(CompileError.class).hasMessageContaining("oracle");
        Delete d = delete(users).where(users.c("id").eq(1)).returning(users.c("username"));
        assertThat(sql(d, MARIADB)).isEqualTo("DELETE FROM users WHERE users.id = ? RETURNING username");
        Update u = update(users).values(Map.of("age", 3)).returning(users.c("id"));
        assertThat(sql(u, PG)).isEqualTo("UPDATE users SET age=? RETURNING id");
        assertThatThrownBy(() -> sql(u, MARIADB)).isInstanceOf(CompileError.class)
                .hasMessage("The mariadb dialect does not support UPDATE ... RETURNING");
    }

    @Test
    void insertForms() {
        same(insert(users).value(users.c("username"), "john"), "INSERT INTO users (username) VALUES (?)");
        Insert multi = insert(users).values(List.of(Map.of("username", "a"), Map.of("username", "b")));
        same(multi, "INSERT INTO users (username) VALUES (?), (?)");
        assertThat(params(multi, SQLITE)).containsExactly("a", "b");
        assertThatThrownBy(() -> insert(users).values(List.of(Map.of("username", "a", "email", "x"), Map.of("username", "b", "age", 3))))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("'users'").hasMessageContaining("same keys");
        Insert fs = insert(f.orders).fromSelect(List.of("id", "user_id"), select(users.c("id"), users.c("id")).where(users.c("age").gt(3)));
        same(fs, "INSERT INTO orders (id, user_id) SELECT users.id, users.id FROM users WHERE users.age > ?");
    }

    @Test
    void updateWithExpressionsAndCorrelatedSubquery() {
        Update u = update(users).where(users.c("id").eq(5)).values(Map.of("age", users.c("age").plus(1)));
        same(u, "UPDATE users SET age=users.age + ? WHERE users.id = ?");
        assertThat(params(u, PG)).containsExactly(1, 5);
        Update c = update(users).values(Map.of("age", select(func.count(addresses.c("id")))
                .where(addresses.c("user_id").eq(users.c("id"))).scalarSubquery()));
        same(c, "UPDATE users SET age=(SELECT count(addresses.id) FROM addresses "
                + "WHERE addresses.user_id = users.id)");
        Delete d = delete(users).where(not(exists(select(addresses.c("id")).where(addresses.c("user_id").eq(users.c("id"))))));
        same(d, "DELETE FROM users WHERE NOT EXISTS (SELECT addresses.id FROM addresses "
                + "WHERE addresses.user_id = users.id)");
    }

    @Test
    void upsertsPerDialect() {
        Map<String, Object> row = Map.of("username", "john", "email", "j@x.org");
        Insert pg = Postgres.insert(users).values(row)
                .onConflictDoUpdate(List.of("username"), Map.of("email", Postgres.excluded(users, "email")));
        assertThat(sql(pg, PG)).isEqualTo("INSERT INTO users (username, email) VALUES (?, ?) "
                + "ON CONFLICT (username) DO UPDATE SET email = excluded.email");
        Insert lite = Sqlite.insert(users).values(row).onConflictDoNothing();
        assertThat(sql(lite, SQLITE)).isEqualTo("INSERT INTO users (username, email) VALUES (?, ?) ON CONFLICT DO NOTHING");
        Insert liteUpd = Sqlite.insert(users).values(row)
                .onConflictDoUpdate(List.of("username"), Map.of("age", 7)).returning(users.c("id"));
        assertThat(sql(liteUpd, SQLITE)).isEqualTo("INSERT INTO users (username, email) VALUES (?, ?) "
                + "ON CONFLICT (username) DO UPDATE SET age = ? RETURNING id");
        assertThat(params(liteUpd, SQLITE)).containsExactly("john", "j@x.org", 7);
        Insert my = MySql.insert(users).values(row).onDuplicateKeyUpdate(Map.of("email", MySql.inserted(users, "email")));
        assertThat(sql(my, MYSQL)).isEqualTo("INSERT INTO users (username, email) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE email = VALUES(email)");
        assertThat(sql(my, MARIADB)).isEqualTo(sql(my, MYSQL));
        assertThatThrownBy(() -> sql(pg, MYSQL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("mysql").hasMessageContaining("onDuplicateKeyUpdate");
        assertThatThrownBy(() -> sql(my, PG)).isInstanceOf(CompileError.class)
                .hasMessageContaining("postgresql").hasMessageContaining("onConflictDoUpdate");
        assertThatThrownBy(() -> sql(lite, ORACLE)).isInstanceOf(CompileError.class).hasMessageContaining("oracle");
        assertThatThrownBy(() -> Postgres.insert(users).onConflictDoUpdate(List.of(), Map.of("age", 1)))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("users");
        assertThatThrownBy(() -> Postgres.insert(users).onConflictDoNothing(List.of("nope")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("nope");
    }

    @Test
    void toStringRendersReadableSql() {
        assertThat(select(users.c("id")).where(users.c("id").eq(1)).toString())
                .isEqualTo("SELECT users.id FROM users WHERE users.id = ?");
        assertThat(delete(users).toString()).isEqualTo("DELETE FROM users");
        assertThat(select(users).compile(PG).toString()).isEqualTo("SELECT users.id, users.username, users.email, users.age FROM users");
    }

    @Test
    void cacheKeyIsTheShapeNotTheValues() {
        CacheKey a = CacheKey.of(select(users.c("id")).where(users.c("username").startsWith("a")).limit(3));
        CacheKey b = CacheKey.of(select(users.c("id")).where(users.c("username").startsWith("b%")).limit(9));
        assertThat(a).isEqualTo(b);
        assertThat(a.binds()).extracting(BindParameter::value).containsExactly("a%", 3);
        assertThat(b.binds()).extracting(BindParameter::value).containsExactly("b/%%", 9);
        assertThat(CacheKey.of(select(users.c("id")).where(users.c("id").in(List.of(1, 2)))))
                .isNotEqualTo(CacheKey.of(select(users.c("id")).where(users.c("id").in(List.of(1, 2, 3)))));
        assertThat(CacheKey.of(select(users.c("id")))).isNotEqualTo(CacheKey.of(select(users.c("email"))));
        // a subquery reached only through its columns is part of the shape, values and all
        Subquery s1 = select(users.c("id")).where(users.c("age").gt(1)).subquery("s");
        Subquery s2 = select(users.c("id")).where(users.c("age").lt(1)).subquery("s");
        assertThat(CacheKey.of(select(s1.c("id")))).isNotEqualTo(CacheKey.of(select(s2.c("id"))));
        Subquery s3 = select(users.c("id")).where(users.c("age").gt(7)).subquery("s");
        assertThat(CacheKey.of(select(s1.c("id")))).isEqualTo(CacheKey.of(select(s3.c("id"))));
        assertThat(CacheKey.of(select(s3.c("id"))).binds()).extracting(BindParameter::value).containsExactly(7);
    }
}
