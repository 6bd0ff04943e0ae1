package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.sql.Insert;

/**
 * An ORM-enabled INSERT of an entity's table: {@code session.execute(insert(User.class), listOfMaps)} inserts one
 * row per map (keys are field names, or column names), and with {@code .returning(User.class)} the new rows come
 * back as persistent objects in the Session ({@code session.scalars(insert(User.class).returning(User.class), maps)}).
 *
 * @param <E> the entity class
 */
public final class OrmInsert<E> {
    private final Class<E> type;
    private final Mapper mapper;
    private final List<Map<String, ?>> rows;
    private final boolean returning;

    OrmInsert(Class<E> type, Mapper mapper, List<Map<String, ?>> rows, boolean returning) {
        this.type = type;
        this.mapper = mapper;
        this.rows = List.copyOf(rows);
        this.returning = returning;
    }

    /** Adds one row of values, by field name. */
    public OrmInsert<E> values(Map<String, ?> row) {
        List<Map<String, ?>> more = new ArrayList<>(rows);
        more.add(row);
        return new OrmInsert<>(type, mapper, more, returning);
    }

    /** Adds rows of values, by field name. */
    public OrmInsert<E> values(List<? extends Map<String, ?>> manyRows) {
        List<Map<String, ?>> more = new ArrayList<>(rows);
        more.addAll(manyRows);
        return new OrmInsert<>(type, mapper, more, returning);
    }

    /** Returns the inserted rows as objects of {@code entity} (INSERT ... RETURNING every mapped column). */
    public OrmInsert<E> returning(Class<E> entity) {
        return new OrmInsert<>(type, mapper, rows, true);
    }

    /** The entity class. */
    public Class<E> type() { return type; }

    Mapper mapper() { return mapper; }

    /** This insert with the mapper of {@code resolution} (itself when it has one); checks the class has one table. */
    OrmInsert<E> bind(Resolution resolution) {
        if (mapper != null) {
            return this;
        }
        Mapper m = resolution.mapper(type);
        m.bulkTable("INSERT");                                // a class stored in several tables, or none, fails here
        return new OrmInsert<>(type, m, rows, returning);
    }

    List<Map<String, ?>> rows() { return rows; }

    boolean isReturning() { return returning; }

    /**
     * The Core INSERT (without the rows), with RETURNING of every mapped column when {@link #returning} was called; of
     * an insert bound to a Registry ({@code registry.bind(insert(User.class))}).
     */
    public Insert statement() {
        OrmUpdate.requireBound(mapper, this);
        Insert i = Insert.into(mapper.bulkTable("INSERT"));
        return returning ? i.returning(mapper.columns()) : i;
    }

    @Override public String toString() { return "insert(" + type.getSimpleName() + ")"; }
}
