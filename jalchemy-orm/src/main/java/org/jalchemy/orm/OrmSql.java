package org.jalchemy.orm;

import java.util.List;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.sql.NamedFromClause;

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
    private OrmSql() {}

    /**
     * {@code SELECT} of whole objects of {@code entity}: {@code session.scalars(select(User.class)).all()}. The select
     * is bound to the mappers of the Registry of the Session (or Engine) that runs it.
     */
    public static <E> OrmSelect<E> select(Class<E> entity) {
        return OrmSelect.unbound(entity);
    }

    /** {@code SELECT} of objects of an aliased entity. */
    public static <E> OrmSelect<E> select(Alias<E> entity) {
        return OrmSelect.unbound(entity);
    }

    /**
     * {@code SELECT} of several entity classes, aliases and column expressions; {@code session.execute(...)} gives
     * rows read with {@code row.get(User.class)}, {@code row.get(User_.username)} or by position.
     */
    public static OrmSelect<Object> select(Object... items) {
        return OrmSelect.unbound(items);
    }

    /**
     * An alias of the entity's table, named {@code <table>_<n>} when it is bound to a Registry (numbered per Registry
     * or SessionFactory), for self-joins and joining one entity twice.
     */
    public static <E> Alias<E> aliased(Class<E> entity) {
        return Alias.unboundTable(requireClass(entity), null);
    }

    /** An alias of the entity's table with the given name. */
    public static <E> Alias<E> aliased(Class<E> entity, String name) {
        if (name == null || name.isEmpty()) {
            throw new org.jalchemy.exc.ArgumentError("aliased(" + entity.getSimpleName() + ", name) needs a name");
        }
        return Alias.unboundTable(requireClass(entity), name);
    }

    private static <E> Class<E> requireClass(Class<E> entity) {
        if (entity == null) {
            throw new org.jalchemy.exc.ArgumentError("aliased() needs an entity class, got null");
        }
        return entity;
    }

    /** Refuses to alias a class whose objects are read from several tables: one table alias cannot stand for them. */
    static void checkAliasable(Class<?> entity, Mapper m) {
        if (m.selectable() != m.table()) {
            throw new org.jalchemy.exc.ArgumentError("Cannot alias " + entity.getSimpleName() + ": it is loaded from several "
                    + "tables (" + m.strategy() + " inheritance); alias a subquery instead: aliased(" + entity.getSimpleName()
                    + ".class, registry.bind(select(" + entity.getSimpleName() + ".class)).subquery(\"name\"))");
        }
    }

    /**
     * The entity re-selected from a subquery (or CTE) that selects its columns:
     * {@code aliased(User.class, registry.bind(select(User.class).where(...)).subquery("u"))}.
     */
    public static <E> Alias<E> aliased(Class<E> entity, NamedFromClause subquery) {
        return Alias.unboundFrom(requireClass(entity), subquery);
    }

    /**
     * An ORM bulk INSERT into the entity's table; rows as maps of field names to values. A class stored in several
     * tables (joined-table inheritance) or none (a concrete-table root) is an InvalidRequestError when it runs.
     */
    public static <E> OrmInsert<E> insert(Class<E> entity) {
        return new OrmInsert<>(entity, null, List.of(), false);
    }

    /** An ORM bulk UPDATE of the entity's table; a class stored in several tables or none is an InvalidRequestError. */
    public static <E> OrmUpdate<E> update(Class<E> entity) {
        return OrmUpdate.unbound(entity);
    }

    /** An ORM bulk DELETE from the entity's table; a class stored in several tables or none is an InvalidRequestError. */
    public static <E> OrmDelete<E> delete(Class<E> entity) {
        return new OrmDelete<>(entity, null, List.of(), SynchronizeSession.AUTO);
    }
}
