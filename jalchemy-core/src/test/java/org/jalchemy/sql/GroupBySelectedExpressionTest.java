package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.oracle.OracleDialect;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.compiler.CompiledStatement;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GROUP BY / ORDER BY an expression that is also selected and holds bound values (a CASE bucketing with string
 * THEN values): each copy would get its own placeholder, which PostgreSQL refuses ("must appear in the GROUP BY
 * clause"); the item is named by its position instead.
 */
class GroupBySelectedExpressionTest extends DatabaseTest {
    private Table orders;

    @BeforeEach
    void schema() {
        MetaData md = new MetaData();
        orders = md.table("orders", Column.of("id", INTEGER).primaryKey(), Column.of("total", INTEGER));
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(orders), List.of(Map.of("id", 1, "total", 10),
                Map.of("id", 2, "total", 40), Map.of("id", 3, "total", 120), Map.of("id", 4, "total", 500),
                Map.of("id", 5, "total", 900))));
        clearStatements();
    }

    private Case<String> bucket(int small, int medium, String... names) {
        ColumnElement<Object> total = orders.c("total");
        return caseWhen(total.lt(small), names[0]).when(total.lt(medium), names[1]).otherwise(names[2]);
    }

    private static List<List<Object>> rows(List<Row> rows) {
        return rows.stream().map(Row::toList).toList();
    }

    @Test
    void groupByTheSelectedCaseExpression() {
        Case<String> size = bucket(50, 200, "small", "medium", "large");
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(size.label("size"), func.count()).groupBy(size).orderBy(size)).all();
            assertThat(rows(rows)).containsExactly(List.of("large", 2L), List.of("medium", 1L), List.of("small", 2L));
        }
        assertThat(statements).containsExactly("SELECT CASE WHEN orders.total < ? THEN ? WHEN orders.total < ? THEN ? ELSE ? END"
                + " AS size, count(*) FROM orders GROUP BY 1 ORDER BY 1");
    }

    @Test
    void groupByTheLabelAndOrderByItDescending() {
        Label<String> size = bucket(50, 200, "small", "medium", "large").label("size");
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(func.sum(orders.c("total")), size).groupBy(size).orderBy(size.desc())).all();
            assertThat(rows(rows)).extracting(r -> r.get(1)).containsExactly("small", "medium", "large");
        }
        assertThat(statements.get(0)).endsWith(" FROM orders GROUP BY 2 ORDER BY 2 DESC");
    }

    @Test
    void distinctOrderedByTheSelectedExpression() {
        Case<String> size = bucket(50, 200, "small", "medium", "large");
        try (Connection conn = engine.connect()) {
            List<String> sizes = conn.execute(select(size).distinct().orderBy(size)).<String>scalars().all();
            assertThat(sizes).containsExactly("large", "medium", "small");
        }
    }

    @Test
    void theSameShapeWithOtherValuesGivesItsOwnResult() {
        try (Connection conn = engine.connect()) {
            Case<String> a = bucket(50, 200, "small", "medium", "large");
            Case<String> b = bucket(100, 600, "cheap", "fair", "dear");
            List<Row> first = conn.execute(select(a.label("size"), func.count()).groupBy(a).orderBy(a)).all();
            List<Row> second = conn.execute(select(b.label("size"), func.count()).groupBy(b).orderBy(b)).all();
            assertThat(rows(first)).containsExactly(List.of("large", 2L), List.of("medium", 1L), List.of("small", 2L));
            assertThat(rows(second)).containsExactly(List.of("cheap", 2L), List.of("dear", 1L), List.of("fair", 2L));
            // one compiled form serves both: the values stay bound parameters
            assertThat(statements.get(0)).isEqualTo(statements.get(1));
        }
    }

    @Test
    void hostileThenValuesStayBound() {
        String hostile = "x' OR '1'='1";
        Case<String> size = bucket(50, 200, hostile, "medium\\", "large; DROP TABLE orders --");
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(size.label("size"), func.count()).groupBy(size).orderBy(size)).all();
            assertThat(rows(rows)).containsExactly(List.of("large; DROP TABLE orders --", 2L), List.of("medium\\", 1L),
                    List.of(hostile, 2L));
            assertThat(conn.execute(select(func.count()).selectFrom(orders)).<Long>scalar()).isEqualTo(5L);
        }
    }

    @Test
    void anExpressionWithoutValuesIsWrittenOut() {
        ColumnElement<Object> tens = orders.c("total").div(orders.c("id"));
        String sql = select(tens, func.count()).groupBy(tens).compile(engine.dialect()).sql();
        assertThat(sql).endsWith("GROUP BY orders.total / orders.id");
    }

    @Test
    void oracleWritesTheValuesInlineAndDoesNotCacheThatForm() {
        Case<String> size = bucket(50, 200, "it's small", "medium", "large");
        CompiledStatement compiled = select(size.label("size"), func.count()).groupBy(size).orderBy(size)
                .compile(OracleDialect.INSTANCE);
        String expr = "CASE WHEN orders.total < 50 THEN 'it''s small' WHEN orders.total < 200 THEN 'medium' ELSE 'large' END";
        assertThat(compiled.sql()).isEqualTo("SELECT " + expr + " AS size, count(*) FROM orders GROUP BY " + expr + " ORDER BY 1");
        assertThat(compiled.slots()).isEmpty();
        assertThat(compiled.cacheable()).isFalse();
        // ORDER BY alone names the position and keeps the values bound
        CompiledStatement distinct = select(size).distinct().orderBy(size).compile(OracleDialect.INSTANCE);
        assertThat(distinct.sql()).endsWith(" ORDER BY 1").contains("THEN ?");
        assertThat(distinct.cacheable()).isTrue();
        // an ordinary statement stays cacheable
        assertThat(select(orders.c("id")).where(orders.c("total").gt(5)).compile(OracleDialect.INSTANCE).cacheable()).isTrue();
    }
}
