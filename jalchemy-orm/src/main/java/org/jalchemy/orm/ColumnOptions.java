package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.orm.internal.ColumnLoad;

/**
 * Applies a select's column loader options ({@code defer}, {@code undefer}, {@code loadOnly}) to its entity items: each
 * item of a class an option names gets the {@link ColumnLoad} the options leave, which decides the columns it selects
 * and how its rows are read. Relationship options are left to the loaders.
 */
final class ColumnOptions {
    private ColumnOptions() {}

    /** {@code items}, the entity items of classes named by column options carrying their load. */
    static List<QueryItem> apply(List<QueryItem> items, List<LoaderOption> options) {
        List<LoaderOption.Columns> columns = new ArrayList<>();
        for (LoaderOption o : options) {
            if (o.columns() != null) {
                columns.add(o.columns());
            }
        }
        if (columns.isEmpty()) {
            return items;
        }
        List<QueryItem> out = new ArrayList<>(items.size());
        boolean[] used = new boolean[columns.size()];
        for (QueryItem i : items) {
            if (!(i instanceof QueryItem.EntityItem e)) {
                out.add(i);
                continue;
            }
            ColumnLoad load = null;
            for (int k = 0; k < columns.size(); k++) {
                LoaderOption.Columns c = columns.get(k);
                if (c.entity().isAssignableFrom(e.mapper().type())) {
                    used[k] = true;
                    if (load == null) {
                        ColumnLoad.check(e.mapper(), c.toString());
                        load = ColumnLoad.of(e.mapper());
                    }
                    load = switch (c.loading()) {
                        case DEFER -> load.defer(c.fields(), c.raise(), c.toString());
                        case UNDEFER -> load.undefer(c.fields());
                        case LOAD_ONLY -> load.only(c.fields(), c.toString());
                    };
                }
            }
            // options that leave every column loaded keep the item as it is (and the single-entity loaders)
            boolean plain = load == null || load.loadsAll() && e.mapper().defaultLoad() == null;
            out.add(plain ? new QueryItem.EntityItem(e.mapper(), e.source(), e.given()) : new QueryItem.EntityItem(e.mapper(), e.source(), e.given(), load));
        }
        for (int k = 0; k < used.length; k++) {
            if (!used[k]) {
                throw new ArgumentError("Loader option " + columns.get(k) + ": class " + columns.get(k).entity().getSimpleName()
                        + " is not among the entities this query selects");
            }
        }
        return out;
    }

    /** The relationship loader options among {@code options}. */
    static List<LoaderOption> relationshipOptions(List<LoaderOption> options) {
        List<LoaderOption> out = null;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).columns() != null) {
                if (out == null) {
                    out = new ArrayList<>(options.subList(0, i));
                }
            } else if (out != null) {
                out.add(options.get(i));
            }
        }
        return out == null ? options : out;
    }
}
