package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.func;
import static org.jalchemy.Sql.insert;
import static org.jalchemy.Sql.literal;
import static org.jalchemy.Sql.select;
import static org.jalchemy.types.Types.INTEGER;
import static org.jalchemy.types.Types.string;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * insertmanyvalues: an executemany of {@code INSERT ... RETURNING} sent as multi-row pages, each page shape
 * compiled once with one marker per value and bound straight from the parameter maps.
 */
class InsertManyValuesTest extends DatabaseTest {
    Table items;
    Table wide;
    /** The parameters of every statement sent, in order. */
    final List<List<Object>> sentParams = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void tables() {
        MetaData metadata = new MetaData();
        items = metadata.table("items",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", string(50)),
                Column.of("qty", INTEGER),
                Column.of("note", string(50)));
        List<Column<?>> columns = new ArrayList<>();
        columns.add(Column.of("id", INTEGER).primaryKey());
        for (int i = 1; i <= 40; i++) {
            columns.add(Column.of("c" + i, INTEGER));
        }
        wide = metadata.table("wide", columns.toArray(new Column<?>[0]));
        metadata.createAll(engine);
        engine.events().beforeExecute((conn, sql, params) -> sentParams.add(new ArrayList<Object>(params)));
        clearStatements();
        sentParams.clear();
    }

    private static List<Map<String, Object>> itemRows(int n, String prefix) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Map.of("name", prefix + i, "qty", i));
        }
        return rows;
    }

    private static int tuples(String sql) {
        return sql.split("\\(\\?, \\?\\)", -1).length - 1;
    }

    @Test
    void pagesOf1000RowsInOrderWithTheirKeys() {
        List<Map<String, Object>> params = itemRows(2500, "item ");
        long compilations = engine.compiledCache().compilations();
        List<Row> returned;
        try (Connection conn = engine.connect()) {
            returned = conn.execute(insert(items).returning(items.c("id"), items.c("name")), params).all();
            conn.commit();
        }
        // three statements, pages of 1000, 1000 and 500 rows, in the order of the maps
        assertThat(statements).hasSize(3);
        assertThat(statements).allSatisfy(sql -> assertThat(sql)
                .startsWith("INSERT INTO items (name, qty) VALUES (?, ?), (?, ?)").endsWith(" RETURNING id, name"));
        assertThat(statements).extracting(InsertManyValuesTest::tuples).containsExactly(1000, 1000, 500);
        assertThat(sentParams).extracting(List::size).containsExactly(2000, 2000, 1000);
        assertThat(sentParams.get(0).subList(0, 4)).containsExactly("item 0", 0, "item 1", 1);
        assertThat(sentParams.get(2).subList(998, 1000)).containsExactly("item 2499", 2499);
        // one compilation per page shape: 1000 rows and 500 rows
        assertThat(engine.compiledCache().compilations() - compilations).isEqualTo(2);
        // the keys come back as Integers, one per map, in the maps' order, as stored
        assertThat(returned).hasSize(2500);
        assertThat((Object) returned.get(0).get("id")).isInstanceOf(Integer.class);
        Map<Object, Object> stored = new HashMap<>();
        try (Connection conn = engine.connect()) {
            for (Row r : conn.execute(select(items.c("id"), items.c("name"))).all()) {
                stored.put(r.get(0), r.get(1));
            }
        }
        assertThat(stored).hasSize(2500);
        for (int i = 0; i < 2500; i++) {
            assertThat((Object) returned.get(i).get("name")).isEqualTo("item " + i);
            assertThat(stored.get(returned.get(i).get("id"))).isEqualTo("item " + i);
        }
        // the same shapes again: nothing compiled, the cached pages bound with the new values
        clearStatements();
        long again = engine.compiledCache().compilations();
        List<Row> second;
        try (Connection conn = engine.connect()) {
            second = conn.execute(insert(items).returning(items.c("id"), items.c("name")), itemRows(2500, "more ")).all();
            conn.commit();
        }
        assertThat(engine.compiledCache().compilations()).isEqualTo(again);
        assertThat(statements).hasSize(3);
        assertThat(second).extracting(r -> r.get("name")).containsExactlyElementsOf(
                itemRows(2500, "more ").stream().map(m -> m.get("name")).toList());
    }

    @Test
    void fixedValuesOfTheStatementRepeatInEveryRow() {
        List<Row> returned;
        try (Connection conn = engine.connect()) {
            returned = conn.execute(insert(items).values(Map.of("note", literal("fixed")))
                    .returning(items.c("id"), items.c("note")), itemRows(1200, "n ")).all();
            conn.commit();
        }
        assertThat(statements).hasSize(2);
        assertThat(sentParams).extracting(List::size).containsExactly(3000, 600);
        assertThat(returned).hasSize(1200).allSatisfy(r -> assertThat((Object) r.get("note")).isEqualTo("fixed"));
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(func.count()).selectFrom(items).where(items.c("note").eq("fixed"))).scalars().all())
                    .containsExactly(1200L);
        }
    }

    @Test
    void pagesSplitAtTheDialectsBindLimit() {
        // 39 values per map and a fixed value of three markers: 42 markers per row, more than the 40 a guess from
        // the keys gives, so the page size comes from the compiled page
        int limit = engine.dialect().maxBindParameters();
        int perRow = 42;
        int page = Math.min(1000, limit / perRow);
        int total = 2 * page + 5;
        List<Map<String, Object>> params = new ArrayList<>();
        for (int r = 0; r < total; r++) {
            Map<String, Object> m = new HashMap<>();
            for (int i = 1; i <= 39; i++) {
                m.put("c" + i, r * 100 + i);
            }
            params.add(m);
        }
        List<Row> returned;
        try (Connection conn = engine.connect()) {
            returned = conn.execute(insert(wide)
                    .values(Map.of("c40", func.coalesce(literal(null, INTEGER), literal(7), literal(8))))
                    .returning(wide.c("id"), wide.c("c1"), wide.c("c40")), params).all();
            conn.commit();
        }
        assertThat(sentParams).extracting(List::size).containsExactly(page * perRow, page * perRow, 5 * perRow);
        assertThat(sentParams).allSatisfy(p -> assertThat(p.size()).isLessThanOrEqualTo(limit));
        assertThat(statements).hasSize(3);
        assertThat(returned).hasSize(total);
        for (int r = 0; r < total; r++) {
            assertThat((Object) returned.get(r).get("c1")).isEqualTo(r * 100 + 1);
            assertThat((Object) returned.get(r).get("c40")).isEqualTo(7);
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(func.count()).selectFrom(wide).where(wide.c("c39").eq((total - 1) * 100 + 39))).scalars().all())
                    .containsExactly(1L);
        }
    }
}
