package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jalchemy.engine.Connection;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IN lists past each database's bound-parameter limit: PostgreSQL's 65,535 ({@code = ANY(?)} with one array),
 * SQLite's ({@code json_each(?)} past 32,766; the bundled driver's own limit is 250,000), MariaDB (no limit with
 * the driver's client-side prepared statements, which it also falls back to past 65,535).
 */
class LargeInListTest extends DatabaseTest {
    private Table items;

    @BeforeEach
    void schema() {
        MetaData md = new MetaData();
        items = md.table("items", Column.of("id", INTEGER).primaryKey(), Column.of("code", string(40)),
                Column.of("made", DATE));
        md.createAll(engine);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            rows.add(Map.of("id", i, "code", "c" + i, "made", LocalDate.of(2024, 1, 1).plusDays(i)));
        }
        engine.transaction(conn -> conn.execute(insert(items), rows));
        clearStatements();
    }

    private static List<Integer> ids(int n) {
        // 1..100 exist; the rest do not
        return IntStream.rangeClosed(1, n).map(i -> i % 2 == 0 ? i : 100_000_000 + i).boxed().toList();
    }

    private long count(Connection conn, ColumnElement<Boolean> where) {
        return conn.execute(select(func.count()).selectFrom(items).where(where)).<Long>scalar();
    }

    /** Just past the limit of the database under test. */
    private int pastTheLimit() {
        return switch (database) {
            case SQLITE -> 250_001;
            case POSTGRESQL, MARIADB -> 65_536;
        };
    }

    @Test
    void anInListPastTheLimitRuns() {
        ColumnElement<Object> id = items.c("id");
        try (Connection conn = engine.connect()) {
            assertThat(count(conn, id.in(ids(70_000)))).isEqualTo(50);
            assertThat(count(conn, id.in(ids(pastTheLimit())))).isEqualTo(50);
            assertThat(count(conn, id.notIn(ids(pastTheLimit())))).isEqualTo(50);
        }
        String sent = statements.get(1);
        switch (database) {
            case POSTGRESQL -> assertThat(sent).endsWith("WHERE items.id = ANY(?)");
            case SQLITE -> assertThat(sent).endsWith("WHERE items.id IN (SELECT value FROM json_each(?))");
            case MARIADB -> assertThat(sent).endsWith(", ?)").hasSizeGreaterThan(3 * 65_536);
        }
        if (database == TestDatabase.POSTGRESQL) {
            assertThat(statements.get(2)).endsWith("WHERE items.id <> ALL(?)");
        }
    }

    @Test
    void textValuesPastTheLimitStayValues() {
        List<Object> codes = new ArrayList<>();
        for (int i = 0; i < pastTheLimit(); i++) {
            codes.add(i % 3 == 0 ? "x' OR '1'='1" : i % 3 == 1 ? "c" + (i % 200) : "\\\"},{NULL");
        }
        try (Connection conn = engine.connect()) {
            assertThat(count(conn, items.c("code").in(codes))).isEqualTo(100);
            assertThat(count(conn, items.c("code").in(List.of("x' OR '1'='1", "\\\"},{NULL")))).isZero();
        }
    }

    @Test
    void anExpandingParameterPastTheLimit() {
        Select stmt = select(func.count()).selectFrom(items).where(items.c("id").in(bindparam("ids", INTEGER)));
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(stmt, Map.of("ids", ids(pastTheLimit()))).<Long>scalar()).isEqualTo(50);
            assertThat(conn.execute(stmt, Map.of("ids", List.of(2, 4, 5))).<Long>scalar()).isEqualTo(3);
        }
        if (database == TestDatabase.POSTGRESQL) {
            assertThat(statements.get(0)).endsWith("WHERE items.id = ANY(?)");
            assertThat(statements.get(1)).endsWith("WHERE items.id IN (?, ?, ?)");
        }
    }

    @Test
    void postgresqlSendsShortListsAsInAndLongerOnesAsOneArray() {
        ColumnElement<Object> id = items.c("id");
        List<LocalDate> days = IntStream.range(0, 40).mapToObj(i -> LocalDate.of(2024, 1, 1).plusDays(i * 3)).toList();
        try (Connection conn = engine.connect()) {
            assertThat(count(conn, id.in(ids(32)))).isEqualTo(16);
            assertThat(count(conn, id.in(ids(33)))).isEqualTo(16);
            assertThat(count(conn, id.in(ids(5_000)))).isEqualTo(50);
            // a DATE column's values are sent as a date[]
            assertThat(count(conn, items.c("made").in(days))).isEqualTo(33);
            assertThat(count(conn, id.in(List.of()))).isZero();
            assertThat(count(conn, id.notIn(List.of()))).isEqualTo(100);
        }
        if (database == TestDatabase.POSTGRESQL) {
            assertThat(statements.get(0)).contains("IN (?, ?").doesNotContain("ANY");
            assertThat(statements.get(1)).endsWith("WHERE items.id = ANY(?)");
            // one SQL text for every length past the threshold
            assertThat(statements.get(2)).isEqualTo(statements.get(1));
            assertThat(statements.get(3)).endsWith("WHERE items.made = ANY(?)");
        }
    }
}
