package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.NoSuchColumnError;

/** A FROM clause referred to by a name (an alias, a subquery, a CTE), exposing its columns as {@link FromColumn}s. */
public interface NamedFromClause extends FromClause {
    /** The name the FROM clause is referred to by. */
    String name();

    /** The columns of the underlying select or table, whose names and types this clause exposes. */
    List<? extends ColumnElement<?>> sourceColumns();

    @Override default List<FromColumn<?>> columns() {
        List<FromColumn<?>> out = new ArrayList<>();
        for (ColumnElement<?> c : sourceColumns()) {
            String n = c.columnName();
            if (n != null) {
                out.add(new FromColumn<>(this, n, c.type()));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    @Override default FromColumn<Object> c(String columnName) {
        List<String> names = new ArrayList<>();
        for (ColumnElement<?> c : sourceColumns()) {
            String n = c.columnName();
            if (columnName.equals(n)) {
                return new FromColumn<>(this, n, (org.jalchemy.types.SqlType<Object>) c.type());
            }
            names.add(n == null ? "<unnamed: label it>" : n);
        }
        throw new NoSuchColumnError(getClass().getSimpleName() + " '" + name() + "' has no column '" + columnName
                + "'; it has " + names);
    }
}
