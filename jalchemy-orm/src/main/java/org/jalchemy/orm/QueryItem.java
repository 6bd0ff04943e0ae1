package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.orm.internal.ColumnLoad;
import org.jalchemy.orm.internal.ColumnProperty;
import org.jalchemy.orm.internal.IdentityKey;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.StateRegistry;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.NamedFromClause;

/** One thing an ORM select returns per row: a whole entity, or the value of a column expression. */
sealed interface QueryItem permits QueryItem.EntityItem, QueryItem.ColumnItem {
    /** The Core columns this item selects, in order. */
    List<ColumnElement<?>> columns();

    /** The key of this item in a result row (entity simple name, alias name, or column name). */
    String name();

    /** What {@code row.get(element)} may look the item up by (the expression given), or null. */
    Object element();

    /** The item's value in {@code row}, whose columns for it start at {@code offset}. */
    Object read(Session session, Row row, int offset, boolean populateExisting);

    /** The identity key of the entity this item reads from {@code row}, or null (a column, or no row joined). */
    default IdentityKey key(Row row, int offset) {
        return null;
    }

    /** This item re-selected from {@code from}, a subquery (or compound select) of the select it came from. */
    QueryItem against(NamedFromClause from);

    /**
     * A whole entity from its table ({@code source} null) or from an alias or subquery.
     */
    record EntityItem(Mapper mapper, NamedFromClause source, Object given, ColumnLoad load) implements QueryItem {
        /** An entity loaded with its mapper's columns (deferred ones left out). */
        EntityItem(Mapper mapper, NamedFromClause source, Object given) {
            this(mapper, source, given, null);
        }

        /**
         * The mapper's load columns: for the root of a single-table hierarchy, its subclasses' columns too; with column
         * options ({@code load} not null), the columns they leave.
         */
        @Override public List<ColumnElement<?>> columns() {
            List<ColumnElement<?>> out = new ArrayList<>();
            for (ColumnElement<?> c : load == null ? mapper.columns() : load.columns()) {
                out.add(source == null ? c : fromSource((org.jalchemy.schema.Column<?>) c));
            }
            return out;
        }

        private ColumnElement<?> fromSource(org.jalchemy.schema.Column<?> tableColumn) {
            ColumnElement<?> c = source.correspondingColumn(tableColumn);
            return c != null ? c : source.c(tableColumn.name());
        }

        /** The column {@code p} is selected from here. */
        ColumnElement<?> column(ColumnProperty p) {
            return source == null ? p.column() : fromSource(p.column());
        }

        @Override public String name() {
            return source == null ? mapper.type().getSimpleName() : source.name();
        }

        @Override public Object element() { return given; }

        @Override public Object read(Session session, Row row, int offset, boolean populateExisting) {
            Object obj;
            Object[] values = null;
            if (load == null) {
                if (mapper.rowHasNullKey(row, offset)) {
                    // an outer join found no row for this entity (checked without building the values: load builds them)
                    return null;
                }
                obj = session.load(mapper, row, offset);
            } else {
                values = load.valuesOf(row, offset);
                if (mapper.keyOf(values) == null) {
                    return null;                        // an outer join found no row for this entity
                }
                obj = session.load(mapper, values, true);
            }
            if (populateExisting) {
                // the object may be of a subclass, whose values the row holds at its own positions
                org.jalchemy.orm.internal.InstanceState st = StateRegistry.get(obj);
                obj = session.applyLoaded(obj, st, load == null ? mapper.valuesOf(st.mapper(), row, offset) : values, true);
            }
            return obj;
        }

        @Override public IdentityKey key(Row row, int offset) {
            IdentityKey k = mapper.keyOf(load == null ? mapper.valuesOf(row, offset) : load.valuesOf(row, offset));
            if (k == null || !mapper.isUnion()) {
                return k;
            }
            // a row of a concrete-table union: identities are per class (keys are unique per table only)
            org.jalchemy.orm.internal.Mapper c = mapper.concrete(row, offset);
            return c.keyOf(mapper.valuesOf(c, row, offset));
        }

        @Override public QueryItem against(NamedFromClause from) {
            return new EntityItem(mapper, from, given, load);
        }
    }

    /** The value of one column expression. */
    record ColumnItem(ColumnElement<?> expression) implements QueryItem {
        @Override public List<ColumnElement<?>> columns() {
            // a metamodel attribute selects its table column itself, so subqueries of it expose that column
            // (foreign keys are then found through them, as for Core columns)
            return List.of(expression instanceof ColumnAttribute<?, ?> a ? a.column() : expression);
        }

        @Override public String name() { return expression.columnName(); }

        @Override public Object element() { return expression; }

        @Override public Object read(Session session, Row row, int offset, boolean populateExisting) {
            return row.get(offset);
        }

        @Override public QueryItem against(NamedFromClause from) {
            String n = expression.columnName();
            if (n == null) {
                throw new ArgumentError("Cannot re-select expression " + expression + " from " + from.name()
                        + ": it has no name; label it");
            }
            return new ColumnItem(from.c(n));
        }
    }
}
