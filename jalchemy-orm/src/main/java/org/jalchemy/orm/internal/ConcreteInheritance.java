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

    /** Checks a subclass of a concrete-table hierarchy (at any depth: each concrete class has a full table). */
    static void checkSubclass(Class<?> type) {
        if (java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            throw new MappingError("Class " + type.getName() + " of a concrete-table hierarchy is abstract; only the root may be "
                    + "(every other class has a table of its own)");
        }
    }

    /** The root's union description: a table outside the registry's MetaData (so never created). */
    static Table unionTable(String name, List<SchemaItem> columns) {
        return new MetaData().table(name, columns.toArray(new SchemaItem[0]));
    }

    /**
     * The union description of a concrete class, named as its table (the union's alias, so that its own columns, such as
     * {@code cars.doors}, render as the union's): a copy of its table's columns and the discriminator, extended with each
     * subclass's other columns as they are mapped.
     */
    static Table ownUnion(Table table, Mapper root) {
        Column<String> discriminator = new Column<>(discriminatorName(root), org.jalchemy.types.Types.string(50));
        List<SchemaItem> cols = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            cols.add(new Column<>(c.name(), c.type()));
        }
        if (table.columnOrNull(discriminator.name()) != null) {
            throw new MappingError("Table '" + table.name() + "' has a column '" + discriminator.name() + "', the name of the "
                    + "concrete-table hierarchy's discriminator; rename it, or the discriminator with @Inheritance(discriminator = ...)");
        }
        cols.add(discriminator);
        return unionTable(table.name(), cols);
    }

    /** Adds to a union description each column of a subclass table it does not have yet (nullable). */
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
     * The columns a polymorphic SELECT of {@code m} loads: the union's, each of {@code m}'s own table standing as its
     * table column (so that conditions and foreign keys on {@code cars.owner_id} find it), the others as the union's.
     */
    static ColumnElement<?>[] columns(Mapper m) {
        List<Column<?>> cols = m.union().columns();
        ColumnElement<?>[] out = new ColumnElement<?>[cols.size()];
        for (int i = 0; i < out.length; i++) {
            Column<?> own = m.table().columnOrNull(cols.get(i).name());
            out[i] = own != null ? own : cols.get(i);
        }
        return out;
    }

    /**
     * {@code (SELECT t1.a, t1.b, ? AS type, NULL AS c FROM t1 UNION ALL SELECT ...) AS name}: the rows of {@code m}'s own
     * table (unless it is the abstract root) and of each of its subclasses', with NULL for the columns a table lacks
     * and the class's discriminator value as a bound literal.
     */
    static FromClause selectable(Mapper m) {
        List<Mapper> branches = new ArrayList<>();
        if (!m.isAbstractRoot()) {
            branches.add(m);
        }
        branches.addAll(m.subclasses());
        if (branches.isEmpty()) {
            throw new org.jalchemy.exc.InvalidRequestError("Concrete-table root " + m.type().getSimpleName()
                    + " has no mapped subclasses to query");
        }
        List<Select> selects = new ArrayList<>();
        for (Mapper s : branches) {
            selects.add(branch(m, s));
        }
        SelectBase body = selects.size() == 1 ? selects.get(0)
                : selects.get(0).unionAll(selects.subList(1, selects.size()).toArray(new SelectBase[0]));
        Table union = m.union();
        return new Union(body.subquery(union.name()), union, m.isAbstractRoot() ? union : m.table());
    }

    /** The SELECT of {@code s}'s own table laid out as {@code m}'s union (a class of {@code m}'s hierarchy at or below it). */
    static Select branch(Mapper m, Mapper s) {
        String discriminator = discriminatorName(m.root());
        List<ClauseElement> cols = new ArrayList<>();
        for (Column<?> c : m.union().columns()) {
            Column<?> own = s.table().columnOrNull(c.name());
            if (own != null) {
                cols.add(own);
            } else if (c.name().equals(discriminator)) {
                cols.add(org.jalchemy.Sql.literal(s.discriminatorValue(), c.type()).label(c.name()));
            } else {
                // typed: PostgreSQL takes two untyped NULLs of a 3-way UNION for text, which then fails to match integer
                cols.add(org.jalchemy.Sql.cast(org.jalchemy.Sql.literalColumn("NULL"), c.type()).label(c.name()));
            }
        }
        return Select.of(cols.toArray(new ClauseElement[0]));
    }

    /** The name of the discriminator column of the unions of {@code root}'s hierarchy (the union's, never a table's). */
    static String discriminatorName(Mapper root) {
        return root.type().getAnnotation(org.jalchemy.orm.Inheritance.class).discriminator();
    }

    /** Where the discriminator is among the columns of {@code m}'s union. */
    static int discriminatorIndex(Mapper m) {
        String name = discriminatorName(m.root());
        List<Column<?>> cols = m.union().columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("The union of " + m.type().getSimpleName() + " has no discriminator column " + name);
    }

    /** The class of {@code m} or below whose discriminator value is {@code value}. */
    static Mapper concrete(Mapper m, Object value) {
        if (!m.isAbstractRoot() && m.discriminatorValue().equals(value)) {
            return m;
        }
        for (Mapper s : m.subclasses()) {
            if (s.discriminatorValue().equals(value)) {
                return s;
            }
        }
        throw new org.jalchemy.exc.InvalidRequestError("A row of the union of " + m.type().getSimpleName()
                + " has discriminator value '" + value + "', which is not " + m.type().getSimpleName()
                + " or one of its mapped subclasses");
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
    private record Union(Subquery subquery, Table described, Table own) implements FromClause {
        @Override public List<? extends ColumnElement<?>> columns() { return described.columns(); }

        @Override public ColumnElement<Object> c(String name) { return described.c(name); }

        // a concrete class's own table is covered too: its columns render as the union's (named alike)
        @Override public Set<FromClause> coveredFroms() { return own == described ? Set.of(this, described) : Set.of(this, described, own); }

        @Override public Set<Table> baseTables() { return subquery.baseTables(); }

        @Override public void accept(SqlVisitor visitor) { visitor.visitSubquery(subquery); }

        @Override public void appendCacheKey(CacheKey key) { subquery.appendCacheKey(key); }
    }
}
