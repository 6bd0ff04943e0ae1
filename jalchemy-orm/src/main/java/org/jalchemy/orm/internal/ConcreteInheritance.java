package org.jalchemy.orm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.SelectBase;
import org.jalchemy.sql.SqlVisitor;
import org.jalchemy.sql.Subquery;

/**
 * Concrete-table inheritance (SQLAlchemy's {@code AbstractConcreteBase} and {@code polymorphic_union}): the abstract
 * root has no table of its own; its "table" is a description of the UNION ALL of its subclasses' tables (every column
 * of any of them, plus the discriminator), never created, which polymorphic queries read FROM as a subquery of the
 * root's table name.
 */
final class ConcreteInheritance {
    private ConcreteInheritance() {}

    /** Checks the root of a concrete-table hierarchy. */
    static void checkRoot(Class<?> type) {
        if (!java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            throw new MappingError("Class " + type.getName() + " is the root of a concrete-table (TABLE_PER_CLASS) hierarchy "
                    + "and must be abstract: it has no table of its own; its queries read the union of its subclasses' tables");
        }
    }

    /** Checks a subclass of a concrete-table hierarchy. */
    static void checkSubclass(Class<?> type, Mapper parent) {
        if (parent.parent() != null) {
            throw new MappingError("Class " + type.getName() + " extends " + parent.type().getName() + ", a subclass in a "
                    + "concrete-table hierarchy; only direct subclasses of the abstract root are supported");
        }
        if (java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            throw new MappingError("Class " + type.getName() + " of a concrete-table hierarchy is abstract; only the root may be");
        }
    }

    /** The root's union description: a table outside the registry's MetaData (so never created). */
    static Table unionTable(String name, List<SchemaItem> columns) {
        return new MetaData().table(name, columns.toArray(new SchemaItem[0]));
    }

    /** Adds to the root's union description each column of a subclass table it does not have yet (nullable). */
    static void extend(Table union, Table subclassTable) {
        for (Column<?> c : subclassTable.columns()) {
            Column<?> known = union.columnOrNull(c.name());
            if (known == null) {
                union.append(new Column<>(c.name(), c.type()));
            } else if (!known.type().getClass().equals(c.type().getClass())) {
                throw new MappingError("Table '" + subclassTable.name() + "' has a column '" + c.name() + "' of type "
                        + c.type() + ", but another table of the concrete-table hierarchy '" + union.name() + "' has it as "
                        + known.type() + "; the union of the tables needs one type per column name");
            }
        }
    }

    /**
     * {@code (SELECT t1.a, t1.b, ? AS type, NULL AS c FROM t1 UNION ALL SELECT ...) AS root}: each concrete subclass's
     * rows, with NULL for the columns its table lacks and its discriminator value as a bound literal.
     */
    static FromClause selectable(Mapper root) {
        Table union = root.table();
        List<Mapper> subs = root.subclasses();
        if (subs.isEmpty()) {
            throw new org.jalchemy.exc.InvalidRequestError("Concrete-table root " + root.type().getSimpleName()
                    + " has no mapped subclasses to query");
        }
        List<Select> selects = new ArrayList<>();
        for (Mapper s : subs) {
            List<ClauseElement> cols = new ArrayList<>();
            for (Column<?> c : union.columns()) {
                Column<?> own = s.table().columnOrNull(c.name());
                if (own != null) {
                    cols.add(own);
                } else if (c == root.discriminatorColumn()) {
                    cols.add(org.jalchemy.Sql.literal(s.discriminatorValue(), c.type()).label(c.name()));
                } else {
                    cols.add(org.jalchemy.Sql.literalColumn("NULL").label(c.name()));
                }
            }
            selects.add(Select.of(cols.toArray(new ClauseElement[0])));
        }
        SelectBase body = selects.size() == 1 ? selects.get(0)
                : selects.get(0).unionAll(selects.subList(1, selects.size()).toArray(new SelectBase[0]));
        return new Union(body.subquery(union.name()), union);
    }

    /** Where each property of {@code concrete} is among the union's columns (which a polymorphic row holds in order). */
    static int[] positions(Table union, Mapper concrete) {
        List<Column<?>> cols = union.columns();
        int[] out = new int[concrete.properties().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cols.indexOf(union.columnOrNull(concrete.properties().get(i).column().name()));
        }
        return out;
    }

    /**
     * The union subquery standing in the FROM list for the root's union description, whose columns ({@code vehicles.id})
     * render as the subquery's.
     */
    private record Union(Subquery subquery, Table described) implements FromClause {
        @Override public List<? extends ColumnElement<?>> columns() { return described.columns(); }

        @Override public ColumnElement<Object> c(String name) { return described.c(name); }

        @Override public Set<FromClause> coveredFroms() { return Set.of(this, described); }

        @Override public Set<Table> baseTables() { return subquery.baseTables(); }

        @Override public void accept(SqlVisitor visitor) { visitor.visitSubquery(subquery); }

        @Override public void appendCacheKey(CacheKey key) { subquery.appendCacheKey(key); }
    }
}
