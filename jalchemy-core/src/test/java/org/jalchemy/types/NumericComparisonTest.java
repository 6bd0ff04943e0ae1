package org.jalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Cte;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Numeric parameters compare as numbers where the other side has no column affinity (SQLite compared a decimal
 * bound as TEXT with an aggregate or literal arithmetic as text, so every such comparison was false), and decimals
 * still round-trip.
 */
class NumericComparisonTest extends DatabaseTest {
    private Table invoices;
    private final Column<String> customer = Column.of("customer", string(20));
    private final Column<BigDecimal> total = Column.of("total", numeric(10, 2));

    @BeforeEach
    void schema() {
        MetaData md = new MetaData();
        invoices = md.table("invoices", Column.of("id", INTEGER).primaryKey(), customer, total);
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(invoices), List.of(
                Map.of("id", 1, "customer", "ann", "total", new BigDecimal("10.00")),
                Map.of("id", 2, "customer", "ann", "total", new BigDecimal("40.00")),
                Map.of("id", 3, "customer", "bob", "total", new BigDecimal("12.50")),
                Map.of("id", 4, "customer", "bob", "total", new BigDecimal("30.25")))));
        clearStatements();
    }

    @Test
    void textLiteralArithmeticAgainstEveryKindOfNumber() {
        List<Object> fortyFive = List.of(45, 45L, new BigDecimal("45"), new BigDecimal("45.00"), 45.0, new BigInteger("45"));
        try (Connection conn = engine.connect()) {
            for (Object x : fortyFive) {
                assertThat(truth(conn.execute(text("SELECT CASE WHEN (10.0 + 40.0) > :x THEN 1 ELSE 0 END"), Map.of("x", x)).scalar()))
                        .as("(10.0 + 40.0) > %s (%s) on %s", x, x.getClass().getSimpleName(), database).isTrue();
                assertThat(truth(conn.execute(text("SELECT CASE WHEN (10.0 + 40.0) < :x THEN 1 ELSE 0 END"), Map.of("x", x)).scalar()))
                        .as("(10.0 + 40.0) < %s", x).isFalse();
            }
            Object fraction = conn.execute(text("SELECT CASE WHEN 12.5 = :x THEN 1 ELSE 0 END"), Map.of("x", new BigDecimal("12.50"))).scalar();
            assertThat(truth(fraction)).isTrue();
        }
    }

    private static boolean truth(Object v) {
        return ((Number) v).intValue() == 1;
    }

    @Test
    void havingOnAnAggregate() {
        ColumnElement<BigDecimal> sum = func.sum(total);
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(customer, sum.label("s")).groupBy(customer).having(sum.gt(45))
                    .orderBy(customer)).all();
            assertThat(rows).extracting(r -> r.get("customer")).containsExactly("ann");
            assertThat((Object) rows.get(0).get("s")).isEqualTo(new BigDecimal("50.00"));
            List<Row> both = conn.execute(select(customer).groupBy(customer).having(sum.gt(new BigDecimal("42.5")))
                    .orderBy(customer)).all();
            assertThat(both).extracting(r -> r.get("customer")).containsExactly("ann", "bob");
            List<Row> fractional = conn.execute(select(customer).groupBy(customer).having(sum.lt(new BigDecimal("42.76")))
                    .orderBy(customer)).all();
            assertThat(fractional).extracting(r -> r.get("customer")).containsExactly("bob");
        }
    }

    @Test
    void filterOnACtesAggregate() {
        Cte sums = select(customer, func.sum(total).label("s")).groupBy(customer).cte("sums");
        try (Connection conn = engine.connect()) {
            @SuppressWarnings("unchecked")
            ColumnElement<BigDecimal> s = (ColumnElement<BigDecimal>) (ColumnElement<?>) sums.c("s");
            List<Object> names = conn.execute(select(sums.c("customer")).where(s.gt(new BigDecimal("45")))).scalars().all();
            assertThat(names).containsExactly("ann");
            List<Object> bob = conn.execute(select(sums.c("customer")).where(s.eq(new BigDecimal("42.75")))).scalars().all();
            assertThat(bob).containsExactly("bob");
        }
    }

    @Test
    void literalArithmeticInTheExpressionLanguage() {
        ColumnElement<BigDecimal> fifty = literal(new BigDecimal("10.0")).plus(new BigDecimal("40.0"));
        try (Connection conn = engine.connect()) {
            List<Object> ids = conn.execute(select(invoices.c("id")).where(fifty.gt(new BigDecimal("45")))
                    .orderBy(invoices.c("id"))).scalars().all();
            assertThat(ids).containsExactly(1, 2, 3, 4);
            List<Object> none = conn.execute(select(invoices.c("id")).where(fifty.gt(new BigDecimal("50.5")))).scalars().all();
            assertThat(none).isEmpty();
        }
    }

    @Test
    void columnComparisonsAndRoundTripStayExact() {
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(invoices.c("id")).where(total.eq(new BigDecimal("12.5")))).scalars().all())
                    .containsExactly(3);
            assertThat(conn.execute(select(invoices.c("id")).where(total.eq(new BigDecimal("40")))).scalars().all())
                    .containsExactly(2);
            List<Object> totals = conn.execute(select(total).orderBy(invoices.c("id"))).scalars().all();
            assertThat(totals).containsExactly(new BigDecimal("10.00"), new BigDecimal("40.00"), new BigDecimal("12.50"),
                    new BigDecimal("30.25"));
        }
    }
}
