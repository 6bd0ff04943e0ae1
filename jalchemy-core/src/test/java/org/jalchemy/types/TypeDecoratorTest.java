package org.jalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User types built on built-in ones: written, read back, compared in WHERE and aggregated, on every database. */
class TypeDecoratorTest extends DatabaseTest {
    /** An amount of money: user code never sees the BigDecimal column. */
    record Money(BigDecimal amount) {
        static Money of(String amount) {
            return new Money(new BigDecimal(amount));
        }
    }

    /** Money stored as NUMERIC(12, 2). */
    static final class MoneyType extends TypeDecorator<Money, BigDecimal> {
        MoneyType() {
            super(Money.class, numeric(12, 2));
        }

        @Override protected BigDecimal processBind(Money value) {
            return value.amount();
        }

        @Override protected Money processResult(BigDecimal value) {
            return new Money(value);
        }
    }

    /** A list of tags stored as comma-separated TEXT; a tag containing a comma is refused. */
    static final class CsvListType extends TypeDecorator<List<String>, String> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        CsvListType() {
            super((Class<List<String>>) (Class) List.class, TEXT);
        }

        @Override protected String processBind(List<String> value) {
            for (String tag : value) {
                if (tag.contains(",")) {
                    throw new ArgumentError("Tag '" + tag + "' contains a comma");
                }
            }
            return String.join(",", value);
        }

        @Override protected List<String> processResult(String value) {
            return value.isEmpty() ? List.of() : List.of(value.split(",", -1));
        }
    }

    private static final MoneyType MONEY = new MoneyType();
    private static final CsvListType CSV = new CsvListType();

    private Table items;
    private Column<Money> price;
    private Column<List<String>> tags;

    @BeforeEach
    void createTable() {
        MetaData md = new MetaData();
        price = Column.of("price", MONEY);
        tags = Column.of("tags", CSV);
        items = md.table("items", Column.of("id", INTEGER).primaryKey().autoincrement(false), price, tags);
        md.createAll(engine);
        engine.transaction(conn -> {
            conn.execute(insert(items).value(items.c("id"), 1).value(price, Money.of("12.50")).value(tags, List.of("red", "big")));
            conn.execute(insert(items).values(Map.of("id", 2, "price", Money.of("0.99"), "tags", List.of())));
            Map<String, Object> nulls = new HashMap<>();
            nulls.put("id", 5);
            nulls.put("price", null);
            nulls.put("tags", null);
            List<Map<String, Object>> many = new ArrayList<>();
            many.add(Map.of("id", 3, "price", Money.of("-3.1"), "tags", List.of("ünï 😀", "it's")));
            many.add(Map.of("id", 4, "price", Money.of("1E+2"), "tags", List.of("red")));
            many.add(nulls);
            conn.execute(insert(items), many);
        });
    }

    @Test
    void roundTripAsTheUserTypes() {
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(items.c("id"), price, tags).orderBy(items.c("id"))).all();
            assertThat(rows).extracting(r -> r.get(price)).containsExactly(Money.of("12.50"), Money.of("0.99"),
                    Money.of("-3.10"), Money.of("100.00"), null);
            assertThat(rows).extracting(r -> r.get(tags)).containsExactly(List.of("red", "big"), List.of(),
                    List.of("ünï 😀", "it's"), List.of("red"), null);
            Object first = rows.get(0).get(price);
            assertThat(first).isExactlyInstanceOf(Money.class);
            assertThat(rows.get(0).<Object>get("tags")).isInstanceOf(List.class);
        }
    }

    @Test
    void comparedInWhere() {
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(items.c("id")).where(price.eq(Money.of("12.5")))).scalars().all())
                    .containsExactly(1);
            assertThat(conn.execute(select(items.c("id")).where(price.gt(Money.of("1"))).orderBy(items.c("id")))
                    .scalars().all()).containsExactly(1, 4);
            assertThat(conn.execute(select(items.c("id")).where(tags.eq(List.of("red")))).scalars().all())
                    .containsExactly(4);
            assertThat(conn.execute(select(items.c("id")).where(tags.eq(List.of()))).scalars().all())
                    .containsExactly(2);
            assertThat(conn.execute(select(items.c("id")).where(price.isNull())).scalars().all()).containsExactly(5);
        }
    }

    @Test
    void aggregatesKeepTheUserType() {
        try (Connection conn = engine.connect()) {
            Object total = conn.execute(select(func.sum(price)).selectFrom(items)).scalar();
            assertThat(total).isEqualTo(Money.of("110.39"));
            Object most = conn.execute(select(func.max(price)).selectFrom(items)).scalar();
            assertThat(most).isEqualTo(Money.of("100.00"));
        }
    }

    @Test
    void updateThroughTheUserType() {
        engine.transaction(conn -> conn.execute(update(items).where(tags.eq(List.of("red", "big")))
                .values(Map.of("price", Money.of("13"), "tags", Arrays.asList("red", "big", "new")))));
        try (Connection conn = engine.connect()) {
            Row r = conn.execute(select(price, tags).where(items.c("id").eq(1))).one();
            assertThat(r.get(price)).isEqualTo(Money.of("13.00"));
            assertThat(r.get(tags)).containsExactly("red", "big", "new");
        }
    }

    @Test
    void aValueOfAnotherClassIsRefusedBeforeAnySql() {
        clearStatements();
        assertThatThrownBy(() -> insert(items).values(Map.of("id", 9, "price", new BigDecimal("1.00"))))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("1.00").hasMessageContaining("MoneyType(NUMERIC(12, 2))")
                .hasMessageContaining("Money").hasMessageContaining("items.price");
        assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(insert(items),
                List.of(Map.of("id", 9, "tags", List.of("a")), Map.of("id", 10, "tags", "a,b")))))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("a,b").hasMessageContaining("'tags'");
        assertThat(statements).isEmpty();
    }

    @Test
    void theDecoratorsOwnCheckRuns() {
        assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(
                insert(items).values(Map.of("id", 9, "tags", List.of("a,b"))))))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("Tag 'a,b' contains a comma");
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(func.count()).selectFrom(items)).<Object>scalar()).isEqualTo(5L);
        }
    }
}
