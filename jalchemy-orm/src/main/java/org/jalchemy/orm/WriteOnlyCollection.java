package org.jalchemy.orm;

import java.util.Collection;

/**
 * A write-only relationship collection ({@code @Relationship(lazy = Lazy.WRITE_ONLY)}, SQLAlchemy's
 * {@code WriteOnlyCollection}): it is never loaded whole. {@link #add} and {@link #remove} queue changes the next
 * flush writes (the child's foreign key, or association-table rows for a many-to-many); {@link #select()} is a query
 * of the related objects to run, page or filter. Touching the collection never sends SQL by itself.
 * <pre>{@code
 * @Relationship(backPopulates = "user") public WriteOnlyCollection<Address> addresses = WriteOnlyCollection.empty();
 *
 * user.addresses.add(new Address("a@work.org"));                       // INSERT at the next flush
 * List<Address> work = session.scalars(user.addresses.select().where(Address_.email.like("%@work.org"))).all();
 * }</pre>
 * Initialise the field with {@link #empty()} to add to it before the owner is in a Session; the Session binds that
 * handle to its owner on {@code add}, and gives objects it loads a bound one (also when the field was left null).
 *
 * @param <E> the related entity
 */
public interface WriteOnlyCollection<E> {
    /** A new, unbound handle for a field initialiser; its queued additions are written once the owner is added. */
    static <E> WriteOnlyCollection<E> empty() {
        return new org.jalchemy.orm.internal.WriteOnlyList<>();
    }

    /** Queues {@code item} to be added at the next flush (and cascades it into the Session, like any collection). */
    void add(E item);

    /** Queues every item of {@code items}. */
    void addAll(Collection<? extends E> items);

    /**
     * Queues {@code item} to be removed at the next flush: its foreign key set to NULL (or the item deleted with
     * {@code delete-orphan}), or its association row deleted. Undoes a queued, unflushed {@link #add} of it.
     */
    void remove(E item);

    /** The objects queued by {@link #add} and not flushed yet, in order. */
    java.util.List<E> pendingAdditions();

    /** The objects queued by {@link #remove} and not flushed yet, in order. */
    java.util.List<E> pendingRemovals();

    /**
     * {@code SELECT} of the related objects of this collection's owner, in the relationship's {@code orderBy}; add
     * criteria, limits and loader options, then run it with {@code session.scalars(...)}. Needs an owner with a
     * primary key (flushed).
     */
    OrmSelect<E> select();

    /**
     * A bulk {@code UPDATE} of the related rows (one-to-many): {@code session.execute(user.addresses.update()
     * .values(Map.of("active", false)))}.
     */
    OrmUpdate<E> update();

    /** A bulk {@code DELETE} of the related rows (one-to-many): {@code session.execute(user.addresses.delete())}. */
    OrmDelete<E> delete();
}
