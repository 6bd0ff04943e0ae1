package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;

/**
 * A loader option: how a relationship (and, chained, relationships below it) is loaded by one query, overriding
 * the relationship's {@code lazy} setting. Built by {@link LoaderOptions}; immutable.
 * <pre>{@code session.query(User.class).options(selectinload(User_.addresses).joinedload(Address_.tags)).all()}</pre>
 */
public final class LoaderOption {
    /**
     * One step of the path: the relationship and the strategy it is loaded with. {@code containsEager} steps
     * ({@code strategy} JOINED) read the related rows from a join the query already makes, to {@code alias} when
     * not null, instead of adding one.
     */
    public record Step(Class<?> entity, String field, Lazy strategy, boolean containsEager, Alias<?> alias) {
        /** A step loading {@code entity.field} with {@code strategy}. */
        public Step(Class<?> entity, String field, Lazy strategy) {
            this(entity, field, strategy, false, null);
        }

        @Override public String toString() {
            String name = containsEager ? "containsEager" : strategy.name().toLowerCase();
            return name + "(" + entity.getSimpleName() + "." + field + (alias == null ? "" : ", " + alias) + ")";
        }
    }

    /** What a column loader option does to the columns it names. */
    public enum ColumnLoading {
        /** Leave the columns out of the SELECT ({@link LoaderOptions#defer}). */
        DEFER,
        /** Load deferred columns ({@link LoaderOptions#undefer}). */
        UNDEFER,
        /** Load only these columns, with the key ({@link LoaderOptions#loadOnly}). */
        LOAD_ONLY
    }

    /**
     * A column loader option ({@code defer}, {@code undefer}, {@code loadOnly}) for the query's entities of class
     * {@code entity}: the named fields, and with {@code raise} deferred ones raise on {@code session.value(...)}.
     */
    public record Columns(Class<?> entity, ColumnLoading loading, List<String> fields, boolean raise) {
        @Override public String toString() {
            return loading.name().toLowerCase() + "(" + entity.getSimpleName() + "." + String.join(", ", fields)
                    + (raise ? ", raiseload" : "") + ")";
        }
    }

    private final List<Step> steps;
    private final Columns columns;

    LoaderOption(List<Step> steps) {
        this.steps = List.copyOf(steps);
        this.columns = null;
    }

    LoaderOption(Columns columns) {
        this.steps = List.of();
        this.columns = columns;
    }

    /** The path, from the queried class down (empty for a column option). */
    public List<Step> steps() { return steps; }

    /** The column option, or null for a relationship option. */
    public Columns columns() { return columns; }

    private LoaderOption then(Class<?> entity, String field, Lazy strategy) {
        return then(new Step(entity, field, strategy));
    }

    private LoaderOption then(Step step) {
        List<Step> s = new ArrayList<>(steps);
        s.add(step);
        return new LoaderOption(s);
    }

    /** Then loads {@code attr} (a relationship of the previous step's target) by a LEFT OUTER JOIN. */
    public LoaderOption joinedload(RelationshipAttribute<?, ?> attr) { return then(attr.entity(), attr.fieldName(), Lazy.JOINED); }

    /** Then populates {@code attr} from a join the query already makes (see {@link LoaderOptions#containsEager}). */
    public LoaderOption containsEager(RelationshipAttribute<?, ?> attr) {
        return then(new Step(attr.entity(), attr.fieldName(), Lazy.JOINED, true, null));
    }

    /** Then populates {@code attr} from the query's join to {@code alias}. */
    public LoaderOption containsEager(RelationshipAttribute<?, ?> attr, Alias<?> alias) {
        return then(new Step(attr.entity(), attr.fieldName(), Lazy.JOINED, true, LoaderOptions.checkAlias(attr, alias)));
    }

    /** Then loads {@code attr} by {@code SELECT ... IN}. */
    public LoaderOption selectinload(RelationshipAttribute<?, ?> attr) { return then(attr.entity(), attr.fieldName(), Lazy.SELECTIN); }

    /** Then loads {@code attr} by a subquery of the parents' query. */
    public LoaderOption subqueryload(RelationshipAttribute<?, ?> attr) { return then(attr.entity(), attr.fieldName(), Lazy.SUBQUERY); }

    /** Then loads {@code attr} lazily. */
    public LoaderOption lazyload(RelationshipAttribute<?, ?> attr) { return then(attr.entity(), attr.fieldName(), Lazy.SELECT); }

    /** Then makes {@code attr} raise when accessed. */
    public LoaderOption raiseload(RelationshipAttribute<?, ?> attr) { return then(attr.entity(), attr.fieldName(), Lazy.RAISE); }

    /** Then leaves {@code attr} unloaded and empty. */
    public LoaderOption noload(RelationshipAttribute<?, ?> attr) { return then(attr.entity(), attr.fieldName(), Lazy.NOLOAD); }

    @Override public String toString() { return columns != null ? columns.toString() : steps.toString(); }
}
