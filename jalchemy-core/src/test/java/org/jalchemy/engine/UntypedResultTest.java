package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values whose type the statement does not know (text(), untyped expressions) come back as one Java class per
 * kind on every database; {@code scalar(Class)} converts safely; {@code text().columns()} types the result.
 */
class UntypedResultTest extends DatabaseTest {
    private Table people;

    @BeforeEach
    void schema() {
        MetaData md = new MetaData();
        people = md.table("people",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("small", SMALLINT),
                Column.of("big", BIGINT),
                Column.of("name", string(40)),
                Column.of("score", DOUBLE),
                Column.of("price", numeric(10, 2)),
                Column.of("born", DATE),
                Column.of("seen", DATETIME));
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(people), List.of(
                Map.of("id", 1, "small", (short) 2, "big", 3_000_000_000L, "name", "ann", "score", 1.5,
                        "price", new BigDecimal("9.99"), "born", LocalDate.of(1990, 5, 17),
                        "seen", LocalDateTime.of(2024, 3, 1, 12, 30, 15)),
                Map.of("id", 2, "small", (short) 4, "big", 5L, "name", "bob", "score", 2.0,
                        "price", new BigDecimal("1.00"), "born", LocalDate.of(1985, 1, 2),
                        "seen", LocalDateTime.of(2023, 12, 31, 23, 59, 59)))));
        clearStatements();
    }

    @Test
    void countInTextIsALongOnEveryDatabase() {
        try (Connection conn = engine.connect()) {
            long n = conn.execute(text("SELECT count(*) FROM people")).scalar();
            assertThat(n).isEqualTo(2L);
            Object sum = conn.execute(text("SELECT 1 + 1")).scalar();
            assertThat(sum).isEqualTo(2L);
        }
    }

    @Test
    void integerColumnsOfEveryWidthReadAsLongThroughText() {
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(text("SELECT id, small, big, name, score FROM people WHERE id = 1")).one();
            assertThat(row.toList()).containsExactly(1L, 2L, 3_000_000_000L, "ann", 1.5);
            assertThat(row.<Object>get("id")).isInstanceOf(Long.class);
            assertThat(row.<Object>get("score")).isInstanceOf(Double.class);
        }
    }

    @Test
    void decimalsAndDatesThroughTextAreTheDatabasesKind() {
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(text("SELECT price, born, seen FROM people WHERE id = 1")).one();
            if (database == TestDatabase.SQLITE) {
                // SQLite has no date or decimal kinds: dates are ISO text, NUMERIC values numbers (docs/types.md)
                assertThat(row.<Object>get("born")).isEqualTo("1990-05-17");
                assertThat(row.<Object>get("seen")).isInstanceOf(String.class);
                assertThat(row.<Object>get("price")).isInstanceOf(Number.class);
            } else {
                assertThat(row.<Object>get("price")).isEqualTo(new BigDecimal("9.99"));
                assertThat(row.<Object>get("born")).isEqualTo(LocalDate.of(1990, 5, 17));
                assertThat(row.<Object>get("seen")).isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 30, 15));
            }
        }
    }

    @Test
    void anUntypedExpressionInASelectReadsAsTextDoes() {
        try (Connection conn = engine.connect()) {
            Object v = conn.execute(select(literalColumn("count(*)")).selectFrom(people)).scalar();
            assertThat(v).isEqualTo(2L);
            // the typed column next to it keeps its type's class
            Row row = conn.execute(select(people.c("id"), literalColumn("people.id + 1")).where(people.c("id").eq(1))).one();
            assertThat(row.toList()).containsExactly(1, 2L);
        }
    }

    @Test
    void scalarOfAClassConvertsWhereNothingIsLost() {
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT count(*) FROM people")).scalar(Long.class)).isEqualTo(2L);
            assertThat(conn.execute(text("SELECT count(*) FROM people")).scalar(int.class)).isEqualTo(2);
            assertThat(conn.execute(text("SELECT count(*) FROM people")).scalar(BigDecimal.class)).isEqualByComparingTo("2");
            assertThat(conn.execute(text("SELECT big FROM people WHERE id = 2")).scalar(Integer.class)).isEqualTo(5);
            assertThat(conn.execute(text("SELECT score FROM people WHERE id = 2")).scalar(Long.class)).isEqualTo(2L);
            assertThat(conn.execute(text("SELECT name FROM people WHERE id = 1")).scalar(String.class)).isEqualTo("ann");
            assertThat(conn.execute(text("SELECT born FROM people WHERE id = 1")).scalar(LocalDate.class))
                    .isEqualTo(LocalDate.of(1990, 5, 17));
            assertThat(conn.execute(text("SELECT seen FROM people WHERE id = 1")).scalar(LocalDateTime.class))
                    .isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 30, 15));
            assertThat(conn.execute(text("SELECT name FROM people WHERE id = 99")).scalar(String.class)).isNull();
            assertThat(conn.execute(text("SELECT id FROM people WHERE id = 1")).scalarOne(Long.class)).isEqualTo(1L);
        }
    }

    @Test
    void scalarOfAClassRefusesALossyConversionNamingTheType() {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT score FROM people WHERE id = 1")).scalar(Long.class))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("1.5").hasMessageContaining("java.lang.Long");
            assertThatThrownBy(() -> conn.execute(text("SELECT big FROM people WHERE id = 1")).scalar(Integer.class))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("3000000000").hasMessageContaining("java.lang.Integer");
            assertThatThrownBy(() -> conn.execute(text("SELECT id FROM people WHERE id = 1")).scalar(String.class))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("java.lang.String");
            assertThatThrownBy(() -> conn.execute(text("SELECT name FROM people WHERE id = 1")).scalar(LocalDate.class))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("'ann'").hasMessageContaining("java.time.LocalDate");
        }
    }

    @Test
    void textColumnsTypeTheRows() {
        ColumnElement<Integer> id = column("id", INTEGER);
        ColumnElement<String> name = column("name", string(40));
        ColumnElement<LocalDate> born = column("born", DATE);
        ColumnElement<Boolean> adult = column("adult", BOOLEAN);
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(text("SELECT id, name, born, CASE WHEN id = 1 THEN 1 ELSE 0 END AS adult "
                    + "FROM people ORDER BY id").columns(id, name, born, adult)).all();
            Row first = rows.get(0);
            Integer firstId = first.get(id);
            LocalDate firstBorn = first.get(born);
            assertThat(firstId).isEqualTo(1);
            assertThat(firstBorn).isEqualTo(LocalDate.of(1990, 5, 17));   // read by DATE's reader, also from SQLite's text
            assertThat(first.get(name)).isEqualTo("ann");
            assertThat(first.get(adult)).isTrue();                        // 1/0 read by BOOLEAN's reader
            assertThat(rows.get(1).get(adult)).isFalse();
            assertThat(first.<Object>get("id")).isInstanceOf(Integer.class);

            // the same statement again with new column objects: the cached compiled form still finds them
            Row again = conn.execute(text("SELECT id, name, born, CASE WHEN id = 1 THEN 1 ELSE 0 END AS adult "
                    + "FROM people ORDER BY id").columns(column("id", INTEGER), column("name", string(40)),
                    column("born", DATE), column("adult", BOOLEAN))).first();
            assertThat(again.get(column("born", DATE))).isEqualTo(LocalDate.of(1990, 5, 17));
        }
    }

    @Test
    void textColumnsAcceptTableColumnsAndParameters() {
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(text("SELECT id, seen FROM people WHERE name = :n").columns(people.c("id"), people.c("seen")),
                    Map.of("n", "bob")).one();
            assertThat(row.get(people.c("seen"))).isEqualTo(LocalDateTime.of(2023, 12, 31, 23, 59, 59));
            assertThat(statements).containsExactly("SELECT id, seen FROM people WHERE name = ?");
        }
    }

    @Test
    void textColumnsOfTheWrongCountAreRefused() {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT id, name FROM people").columns(column("id", INTEGER))))
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("declares 1 columns but the query returns 2")
                    .hasMessageContaining("SELECT id, name FROM people");
        }
    }
}
