package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;
import org.jalchemy.exc.NoSuchColumnError;
import org.jalchemy.exc.ResourceClosedError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading results: Result, Row and ScalarResult. */
class ResultTest extends DatabaseTest {
    private Table items;
    private Column<Integer> qtyColumn;

    @BeforeEach
    void schema() {
        MetaData md = new MetaData();
        items = md.table("items",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", string(50)).notNull(),
                qtyColumn = Column.of("qty", INTEGER));
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(items), List.of(
                Map.of("name", "apple", "qty", 5), Map.of("name", "pear", "qty", 3), Map.of("name", "plum", "qty", 5),
                Map.of("name", "fig", "qty", 1), Map.of("name", "kiwi", "qty", 8))));
        clearStatements();
    }

    private org.jalchemy.sql.Select byId() {
        return select(items.c("id"), items.c("name"), items.c("qty")).orderBy(items.c("id"));
    }

    @Test
    void allFirstAndIteration() {
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(byId()).all();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).toList()).containsExactly(1, "apple", 5);

            Row first = conn.execute(byId()).first();
            assertThat(first.<String>get("name")).isEqualTo("apple");
            assertThat(conn.execute(byId().where(items.c("qty").gt(100))).first()).isNull();

            List<String> seen = new ArrayList<>();
            for (Row row : conn.execute(byId())) {
                seen.add(row.get("name"));
            }
            assertThat(seen).containsExactly("apple", "pear", "plum", "fig", "kiwi");
        }
    }

    @Test
    void oneAndOneOrNone() {
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(byId().where(items.c("name").eq("fig"))).one().<Integer>get("qty")).isEqualTo(1);
            assertThatThrownBy(() -> conn.execute(byId().where(items.c("name").eq("none"))).one())
                    .isInstanceOf(NoResultFound.class)
                    .hasMessageContaining("No row was found")
                    .hasMessageContaining("FROM items");
            assertThatThrownBy(() -> conn.execute(byId().where(items.c("qty").eq(5))).one())
                    .isInstanceOf(MultipleResultsFound.class)
                    .hasMessageContaining("Multiple rows")
                    .hasMessageContaining("FROM items");
            assertThat(conn.execute(byId().where(items.c("name").eq("none"))).oneOrNone()).isNull();
            assertThat(conn.execute(byId().where(items.c("name").eq("kiwi"))).oneOrNone().<Integer>get(0)).isEqualTo(5);
            assertThatThrownBy(() -> conn.execute(byId()).oneOrNone()).isInstanceOf(MultipleResultsFound.class);
        }
    }

    @Test
    void scalarsAndJavaTypes() {
        try (Connection conn = engine.connect()) {
            Object count = conn.execute(select(func.count()).selectFrom(items)).scalar();
            assertThat(count).isInstanceOf(Long.class).isEqualTo(5L);
            Object qty = conn.execute(select(items.c("qty")).where(items.c("name").eq("pear"))).scalarOne();
            assertThat(qty).isInstanceOf(Integer.class).isEqualTo(3);
            assertThat(conn.execute(select(items.c("qty")).where(items.c("name").eq("none"))).<Object>scalar()).isNull();
            assertThatThrownBy(() -> conn.execute(select(items.c("qty")).where(items.c("name").eq("none"))).scalarOne())
                    .isInstanceOf(NoResultFound.class);
            assertThat(conn.execute(select(items.c("qty")).where(items.c("name").eq("none"))).<Object>scalarOneOrNone()).isNull();

            List<String> names = conn.execute(select(items.c("name")).orderBy(items.c("name"))).<String>scalars().all();
            assertThat(names).containsExactly("apple", "fig", "kiwi", "pear", "plum");
            assertThat(conn.execute(select(items.c("name")).orderBy(items.c("name"))).<String>scalars().first()).isEqualTo("apple");
            assertThat(conn.execute(select(items.c("id")).where(items.c("name").eq("plum"))).<Integer>scalars().one()).isEqualTo(3);
            assertThatThrownBy(() -> conn.execute(select(items.c("id"))).scalars().one()).isInstanceOf(MultipleResultsFound.class);
            List<Integer> ids = new ArrayList<>();
            for (Integer id : conn.execute(select(items.c("id")).orderBy(items.c("id"))).<Integer>scalars()) {
                ids.add(id);
            }
            assertThat(ids).containsExactly(1, 2, 3, 4, 5);
        }
    }

    @Test
    void mappings() {
        try (Connection conn = engine.connect()) {
            List<Map<String, Object>> maps = conn.execute(byId().limit(2)).mappings();
            assertThat(maps).hasSize(2);
            assertThat(maps.get(0)).containsExactly(Map.entry("id", 1), Map.entry("name", "apple"), Map.entry("qty", 5));
        }
    }

    @Test
    void streamIsLazyAndClosesTheResult() {
        try (Connection conn = engine.connect()) {
            Result r = conn.execute(byId());
            try (Stream<Row> s = r.stream()) {
                assertThat(s.limit(2).map(row -> row.<String>get("name")).collect(Collectors.toList()))
                        .containsExactly("apple", "pear");
            }
            // the message names the statement (the SQL is appended when the error is raised, not on every close)
            assertThatThrownBy(r::all).isInstanceOf(ResourceClosedError.class)
                    .hasMessageStartingWith("This result is closed; its remaining rows were discarded: SELECT ")
                    .hasMessageContaining("FROM items");
            // read to the end, a stream closes by itself; the connection is then free for the next statement
            assertThat(conn.execute(byId()).stream().count()).isEqualTo(5);
            assertThat(conn.execute(select(items.c("id"))).<Integer>scalars().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(15);
        }
    }

    @Test
    void partitions() {
        try (Connection conn = engine.connect()) {
            List<List<String>> chunks = new ArrayList<>();
            for (List<Row> chunk : conn.execute(byId()).partitions(2)) {
                chunks.add(chunk.stream().map(r -> r.<String>get("name")).collect(Collectors.toList()));
            }
            assertThat(chunks).containsExactly(List.of("apple", "pear"), List.of("plum", "fig"), List.of("kiwi"));
            assertThatThrownBy(() -> conn.execute(byId()).partitions(0)).hasMessageContaining("at least 1");
        }
    }

    @Test
    void rowcountOfUpdateAndDelete() {
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(update(items).where(items.c("qty").eq(5)).values(Map.of("qty", 6))).rowcount()).isEqualTo(2);
            // rows matched, not rows changed (MariaDB reports found rows, as SQLAlchemy configures it)
            assertThat(conn.execute(update(items).where(items.c("qty").eq(6)).values(Map.of("qty", 6))).rowcount()).isEqualTo(2);
            assertThat(conn.execute(update(items).where(items.c("qty").gt(100)).values(Map.of("qty", 0))).rowcount()).isZero();
            assertThat(conn.execute(delete(items).where(items.c("name").like("p%"))).rowcount()).isEqualTo(2);
            assertThat(conn.execute(delete(items)).rowcount()).isEqualTo(3);
            assertThatThrownBy(() -> conn.execute(delete(items)).all()).isInstanceOf(ResourceClosedError.class)
                    .hasMessageContaining("does not return rows");
        }
    }

    @Test
    void insertedPrimaryKey() {
        try (Connection conn = engine.connect()) {
            Row generated = conn.execute(insert(items).values(Map.of("name", "lime", "qty", 2))).insertedPrimaryKey();
            assertThat(generated.size()).isEqualTo(1);
            Object limeId = generated.get(0);
            assertThat(limeId).isInstanceOf(Integer.class);
            assertThat(generated.<Object>get("id")).isEqualTo(limeId);
            assertThat(nameOf(conn, limeId)).isEqualTo("lime");

            Row explicit = conn.execute(insert(items).values(Map.of("id", 40, "name", "lemon"))).insertedPrimaryKey();
            assertThat(explicit.<Object>get(0)).isEqualTo(40);

            Row fromParams = conn.execute(insert(items), Map.of("name", "melon")).insertedPrimaryKey();
            assertThat(fromParams.<Object>get(0)).isInstanceOf(Integer.class);
            assertThat(nameOf(conn, fromParams.get(0))).isEqualTo("melon");

            Row explicitParams = conn.execute(insert(items), Map.of("id", 50, "name", "date")).insertedPrimaryKey();
            assertThat(explicitParams.<Object>get(0)).isEqualTo(50);
            assertThat(nameOf(conn, 50)).isEqualTo("date");

            assertThatThrownBy(() -> conn.execute(update(items).values(Map.of("qty", 1))).insertedPrimaryKey())
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("single-row insert");
        }
    }

    private String nameOf(Connection conn, Object id) {
        return conn.execute(select(items.c("name")).where(items.c("id").eq(id))).scalarOne();
    }

    @Test
    void rowAccess() {
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(byId().where(items.c("id").eq(2))).one();
            assertThat(row.size()).isEqualTo(3);
            assertThat(row.<Object>get(0)).isEqualTo(2);
            assertThat(row.<Object>get("name")).isEqualTo("pear");
            Integer qty = row.get(qtyColumn);   // typed by the column: no cast
            assertThat(qty).isEqualTo(3);
            assertThat(row.keys()).containsExactly("id", "name", "qty");
            assertThat(row.toMap()).containsExactly(Map.entry("id", 2), Map.entry("name", "pear"), Map.entry("qty", 3));
            assertThat(row.get("qty", Integer.class)).isEqualTo(3);
            assertThatThrownBy(() -> row.get(3)).isInstanceOf(NoSuchColumnError.class).hasMessageContaining("no index 3");
            assertThatThrownBy(() -> row.get("price")).isInstanceOf(NoSuchColumnError.class)
                    .hasMessageContaining("'price'").hasMessageContaining("[id, name, qty]");

            Row ambiguous = conn.execute(text("SELECT id, name, id FROM items WHERE id = 1")).one();
            assertThat(ambiguous.<Object>get(2)).hasToString("1");
            assertThatThrownBy(() -> ambiguous.get("id")).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Ambiguous column name 'id'");
        }
    }

    @Test
    void resultsCannotBeReadAfterTheTransactionEnded() {
        try (Connection conn = engine.connect()) {
            Result r = conn.execute(byId());
            assertThat(r.first()).isNotNull();
            assertThatThrownBy(r::all).isInstanceOf(ResourceClosedError.class);

            Result open = conn.execute(byId());
            open.iterator().next();
            conn.commit();
            assertThatThrownBy(open::all).isInstanceOf(ResourceClosedError.class)
                    .hasMessageContaining("transaction was committed")
                    .hasMessageContaining("FROM items");

            Result rolledBack = conn.execute(byId());
            conn.rollback();
            assertThatThrownBy(rolledBack::first).isInstanceOf(ResourceClosedError.class)
                    .hasMessageContaining("rolled back");

            Result exhausted = conn.execute(byId());
            assertThat(exhausted.all()).hasSize(5);
            assertThat(exhausted.all()).isEmpty();   // read to the end: nothing left, not an error

            Result beforeClose = conn.execute(byId());
            conn.close();
            assertThatThrownBy(beforeClose::all).isInstanceOf(ResourceClosedError.class)
                    .hasMessageContaining("connection was closed");
        }
    }
}
