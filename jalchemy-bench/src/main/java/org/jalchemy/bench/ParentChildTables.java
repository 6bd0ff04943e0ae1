package org.jalchemy.bench;

import static org.jalchemy.Sql.insert;
import static org.jalchemy.types.Types.INTEGER;
import static org.jalchemy.types.Types.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Engine;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/**
 * The {@code parent} and {@code child} tables of one joined_loading trial: {@link Sizes#parents()} parents with
 * {@link Sizes#CHILDREN_PER_PARENT} children each, created afresh and dropped at the end.
 */
final class ParentChildTables implements AutoCloseable {
    final Engine engine;
    final MetaData metadata;
    final Table parent;
    final Table child;

    private ParentChildTables(Engine engine, MetaData metadata) {
        this.engine = engine;
        this.metadata = metadata;
        this.parent = metadata.table("parent",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", string(100)));
        this.child = metadata.table("child",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("parent_id", INTEGER).references("parent.id").index(),
                Column.of("name", string(100)),
                Column.of("q", INTEGER));
    }

    /** Recreates both tables on {@code database} and fills them (ids given: 1..parents, 1..parents*10). */
    static ParentChildTables create(BenchDatabase database) {
        ParentChildTables t = new ParentChildTables(Engine.create(database.benchUrl()), new MetaData());
        t.metadata.dropAll(t.engine);
        t.metadata.createAll(t.engine);
        List<Map<String, Object>> parents = new ArrayList<>();
        List<Map<String, Object>> children = new ArrayList<>();
        int childId = 0;
        for (int p = 1; p <= Sizes.parents(); p++) {
            parents.add(Map.of("id", p, "name", "parent " + p));
            for (int c = 0; c < Sizes.CHILDREN_PER_PARENT; c++) {
                childId++;
                children.add(Map.of("id", childId, "parent_id", p, "name", "child " + childId, "q", c));
            }
        }
        t.engine.transaction(c -> {
            c.execute(insert(t.parent), parents);
            c.execute(insert(t.child), children);
        });
        return t;
    }

    /** Drops the tables and closes the engine's connections. */
    @Override public void close() {
        metadata.dropAll(engine);
        engine.dispose();
    }
}
