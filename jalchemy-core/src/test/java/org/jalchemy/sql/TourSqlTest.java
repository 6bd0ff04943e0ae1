package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.mysql.MySql;
import org.jalchemy.dialect.mysql.MySqlDialect;
import org.jalchemy.dialect.postgresql.Postgres;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.Sqlite;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.junit.jupiter.api.Test;

/** TOUR.md section 3, spelled as the tour spells it: every snippet compiles (in Java and to SQL). */
class TourSqlTest {
    final SqlFixture f = new SqlFixture();
    final Table users = f.users;
    final Table addresses = f.addresses;
    final Table nodes = f.nodes;
    final Table archive = f.metadata.table("archive", Column.of("id", INTEGER).primaryKey(), Column.of("username", string(50)));

    @Test
    void section3SnippetsCompile() {
        List<Executable> all = List.of(
                select(users.c("id"), users.c("username"))
                        .where(and(users.c("age").gt(18), or(users.c("username").like("j%"), users.c("email").isNull())))
                        .orderBy(users.c("id").desc())
                        .limit(10).offset(20),
                select(users, addresses).selectFrom(users.join(addresses))
                        .where(addresses.c("email").endsWith("@example.com")),
                select(users.c("username"), func.count(addresses.c("id")).label("n"))
                        .selectFrom(users.outerJoin(addresses, users.c("id").eq(addresses.c("user_id"))))
                        .groupBy(users.c("username")).having(func.count(addresses.c("id")).gt(1)),
                select(users).where(users.c("id").in(List.of(1, 2, 3))),
                select(users).where(exists(select(addresses.c("id")).where(addresses.c("user_id").eq(users.c("id"))))));
        Subquery sq = select(addresses.c("user_id"), func.count().label("n")).groupBy(addresses.c("user_id")).subquery("counts");
        Select withSq = select(users.c("username"), sq.c("n")).selectFrom(users.join(sq, users.c("id").eq(sq.c("user_id"))));
        Cte counts = select(addresses.c("user_id"), func.count().label("n")).groupBy(addresses.c("user_id")).cte("counts");
        Cte tree = select(nodes.c("id")).where(nodes.c("id").eq(2)).cte("tree", true);
        tree = tree.unionAll(select(nodes.c("id")).selectFrom(nodes.join(tree, nodes.c("parent_id").eq(tree.c("id")))));
        CompoundSelect u = unionAll(select(users.c("id")), select(addresses.c("id"))).orderBy(literalColumn("id"));
        Select scalar = select(users.c("id"), select(func.count(addresses.c("id"))).where(addresses.c("user_id").eq(users.c("id")))
                .scalarSubquery().label("n"));
        Label<Long> rn = func.rowNumber().over(partitionBy(addresses.c("user_id")), orderBy(addresses.c("id").desc())).label("rn");
        Case<String> age = caseWhen(users.c("age").lt(20), "young").when(users.c("age").lt(40), "mid").otherwise("old");
        ColumnElement<Object> arithmetic = users.c("age").mul(2).plus(1);
        ColumnElement<String> text = cast(arithmetic, TEXT);
        Select misc = select(rn, age, text, literal(5)).where(users.c("username").eq(bindparam("name"))).distinct();

        Insert i1 = insert(users).values(Map.of("username", "john", "email", "j@x.org"));
        Insert i2 = insert(users).value(users.c("username"), "john");
        Insert i3 = insert(users).values(Map.of("username", "john")).returning(users.c("id"));
        Insert i4 = insert(archive).fromSelect(List.of("id", "username"), select(users.c("id"), users.c("username")));
        Update up = update(users).where(users.c("id").eq(5)).values(Map.of("username", "x"));
        Delete del = delete(users).where(users.c("username").like("tmp%"));
        Insert pg = Postgres.insert(users).values(Map.of("username", "x", "email", "e"))
                .onConflictDoUpdate(List.of("username"), Map.of("email", Postgres.excluded(users, "email")));
        Insert lite = Sqlite.insert(users).values(Map.of("username", "x", "email", "e")).onConflictDoNothing();
        Insert my = MySql.insert(users).values(Map.of("username", "x", "email", "e"))
                .onDuplicateKeyUpdate(Map.of("email", MySql.inserted(users, "email")));
        String sql = select(users).compile(PostgresDialect.INSTANCE).toString();

        for (Executable e : all) {
            assertThat(e.toString()).startsWith("SELECT ");
        }
        assertThat(withSq.toString()).contains("JOIN (SELECT addresses.user_id, count(*) AS n FROM addresses");
        assertThat(select(users.c("username"), counts.c("n")).selectFrom(users.join(counts)).toString()).startsWith("WITH counts AS (");
        assertThat(select(tree.c("id")).toString()).startsWith("WITH RECURSIVE tree(id) AS (");
        assertThat(u.toString()).endsWith("ORDER BY id");
        assertThat(scalar.toString()).contains("(SELECT count(addresses.id) FROM addresses WHERE addresses.user_id = users.id) AS n");
        assertThat(misc.toString()).isEqualTo("SELECT DISTINCT row_number() OVER (PARTITION BY addresses.user_id ORDER BY "
                + "addresses.id DESC) AS rn, CASE WHEN users.age < ? THEN ? WHEN users.age < ? THEN ? ELSE ? END, "
                + "CAST(users.age * ? + ? AS TEXT), ? FROM addresses, users WHERE users.username = ?");
        for (Executable e : List.of(i1, i2, i3, i4, lite)) {
            assertThat(e.toString()).startsWith("INSERT INTO ");
        }
        assertThat(up.toString()).isEqualTo("UPDATE users SET username=? WHERE users.id = ?");
        assertThat(del.toString()).isEqualTo("DELETE FROM users WHERE users.username LIKE ?");
        assertThat(pg.compile(PostgresDialect.INSTANCE).sql()).endsWith("DO UPDATE SET email = excluded.email");
        assertThat(my.compile(MySqlDialect.INSTANCE).sql()).endsWith("ON DUPLICATE KEY UPDATE email = VALUES(email)");
        assertThat(sql).isEqualTo("SELECT users.id, users.username, users.email, users.age FROM users");
    }
}
