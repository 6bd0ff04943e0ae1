package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Delete;

/**
 * An ORM-enabled bulk DELETE: {@code session.execute(delete(User.class).where(User_.age.lt(18)))} deletes the rows
 * and marks the matching objects in the Session deleted (see {@link SynchronizeSession}).
 *
 * @param <E> the entity class
 */
public final class OrmDelete<E> {
    private final Class<E> type;
    private final Mapper mapper;
    private final List<ColumnElement<Boolean>> where;
    private final SynchronizeSession sync;

    OrmDelete(Class<E> type, Mapper mapper, List<ColumnElement<Boolean>> where, SynchronizeSession sync) {
        this.type = type;
        this.mapper = mapper;
        this.where = List.copyOf(where);
        this.sync = sync;
    }

    /** Adds WHERE conditions, joined with AND. */
    @SafeVarargs
    public final OrmDelete<E> where(ColumnElement<Boolean>... conditions) {
        List<ColumnElement<Boolean>> w = new ArrayList<>(where);
        w.addAll(List.of(conditions));
        return new OrmDelete<>(type, mapper, w, sync);
    }

    /** How objects in the Session are brought up to date; {@link SynchronizeSession#AUTO} by default. */
    public OrmDelete<E> synchronizeSession(SynchronizeSession mode) {
        return new OrmDelete<>(type, mapper, where, mode);
    }

    /** The entity class. */
    public Class<E> type() { return type; }

    Mapper mapper() { return mapper; }

    /** This delete with the mapper of {@code resolution} (itself when it has one); checks the class has one table. */
    OrmDelete<E> bind(Resolution resolution) {
        if (mapper != null) {
            return this;
        }
        Mapper m = resolution.mapper(type);
        m.bulkTable("DELETE");                                // a class stored in several tables, or none, fails here
        return new OrmDelete<>(type, m, where, sync);
    }

    List<ColumnElement<Boolean>> whereClauses() { return where; }

    SynchronizeSession sync() { return sync; }

    /** The Core DELETE. */
    public Delete statement() {
        OrmUpdate.requireBound(mapper, this);
        @SuppressWarnings("unchecked")
        ColumnElement<Boolean>[] w = where.toArray(new ColumnElement[0]);
        return Delete.from(mapper.bulkTable("DELETE")).where(w);
    }

    @Override public String toString() { return mapper == null ? "delete(" + type.getSimpleName() + ")" : statement().toString(); }
}
