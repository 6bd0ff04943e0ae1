package org.jalchemy.orm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.Mappers;
import org.jalchemy.sql.NamedFromClause;
import org.jalchemy.sql.TableAlias;

/**
 * Static factories for ORM statements, meant to be imported next to Core's:
 * <pre>{@code
 * import static org.jalchemy.Sql.*;
 * import static org.jalchemy.orm.OrmSql.*;
 *
 * List<User> us = session.scalars(select(User.class).where(User_.username.startsWith("a"))).all();
 * session.execute(update(User.class).where(User_.id.eq(1)).values(Map.of("username", "x")));
 * }</pre>
 * The overloads take entity classes and {@link Alias}es, so they never clash with Core's {@code select(columns...)},
 * {@code insert(table)} and friends: a call with only Core expressions still picks Core's method.
 */
public final class OrmSql {
    private static final AtomicInteger ALIASES = new AtomicInteger();

    private OrmSql() {}

    static Mapper mapper(Class<?> type) {
        Mapper m = Mappers.find(type);
        if (m == null) {
            throw new UnmappedClassError("Class " + type.getName() + " is not mapped; call registry.map("
                    + type.getSimpleName() + ".class) first");
        }
        return m;
    }

    /** {@code SELECT} of whole objects of {@code entity}: {@code session.scalars(select(User.class)).all()}. */
    public static <E> OrmSelect<E> select(Class<E> entity) {
        return OrmSelect.of(OrmSql::mapper, entity);
    }

    /** {@code SELECT} of objects of an aliased entity. */
    public static <E> OrmSelect<E> select(Alias<E> entity) {
        return OrmSelect.of(OrmSql::mapper, entity);
    }

    /**
     * {@code SELECT} of several entity classes, aliases and column expressions; {@code session.execute(...)} gives
     * rows read with {@code row.get(User.class)}, {@code row.get(User_.username)} or by position.
     */
    public static OrmSelect<Object> select(Object... items) {
        return OrmSelect.of(OrmSql::mapper, items);
    }

    /** An alias of the entity's table, named {@code <table>_<n>}, for self-joins and joining one entity twice. */
    public static <E> Alias<E> aliased(Class<E> entity) {
        Mapper m = aliasable(entity);
        return new Alias<>(entity, m, new TableAlias(m.table(), m.table().name() + "_" + ALIASES.incrementAndGet()));
    }

    /** An alias of the entity's table with the given name. */
    public static <E> Alias<E> aliased(Class<E> entity, String name) {
        Mapper m = aliasable(entity);
        return new Alias<>(entity, m, new TableAlias(m.table(), name));
    }

    private static Mapper aliasable(Class<?> entity) {
        Mapper m = mapper(entity);
        if (m.selectable() != m.table()) {
            // its objects are read from a join or union of several tables, which one table alias cannot stand for
            throw new org.jalchemy.exc.ArgumentError("Cannot alias " + entity.getSimpleName() + ": it is loaded from several "
                    + "tables (" + m.strategy() + " inheritance); alias a subquery instead: aliased(" + entity.getSimpleName()
                    + ".class, select(" + entity.getSimpleName() + ".class).subquery(\"name\"))");
        }
        return m;
    }

    /**
     * The entity re-selected from a subquery (or CTE) that selects its columns:
     * {@code aliased(User.class, select(User.class).where(...).subquery("u"))}.
     */
    public static <E> Alias<E> aliased(Class<E> entity, NamedFromClause subquery) {
        return new Alias<>(entity, mapper(entity), subquery);
    }

    /**
     * An ORM bulk INSERT into the entity's table; rows as maps of field names to values.
     *
     * @throws org.jalchemy.exc.InvalidRequestError when the class is stored in several tables (joined-table inheritance)
     *         or none (a concrete-table root)
     */
    public static <E> OrmInsert<E> insert(Class<E> entity) {
        Mapper m = mapper(entity);
        m.bulkTable("INSERT");                                // a class stored in several tables, or none, fails here
        return new OrmInsert<>(entity, m, List.of(), false);
    }

    /** An ORM bulk UPDATE of the entity's table; a class stored in several tables or none is an InvalidRequestError. */
    public static <E> OrmUpdate<E> update(Class<E> entity) {
        Mapper m = mapper(entity);
        m.bulkTable("UPDATE");                                // a class stored in several tables, or none, fails here
        return new OrmUpdate<>(entity, m, List.of(), Map.of(), SynchronizeSession.AUTO);
    }

    /** An ORM bulk DELETE from the entity's table; a class stored in several tables or none is an InvalidRequestError. */
    public static <E> OrmDelete<E> delete(Class<E> entity) {
        Mapper m = mapper(entity);
        m.bulkTable("DELETE");                                // a class stored in several tables, or none, fails here
        return new OrmDelete<>(entity, m, List.of(), SynchronizeSession.AUTO);
    }
}
