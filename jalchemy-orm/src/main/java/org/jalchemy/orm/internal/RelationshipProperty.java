package org.jalchemy.orm.internal;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.Relationship;
import org.jalchemy.orm.WriteOnlyCollection;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;

/**
 * One relationship field of an entity: its target class, whether it holds a collection, its options, and (resolved
 * on first use, once every class is mapped) its direction and the column pairs that join the two tables.
 */
public final class RelationshipProperty {
    /** Which side holds the foreign key. */
    public enum Direction {
        /** This table holds the foreign key to the target (a field of entity type). */
        MANY_TO_ONE,
        /** The target table holds the foreign key to this one (a collection, or one-to-one with {@code uselist=false}). */
        ONE_TO_MANY,
        /** An association table holds a foreign key to each side. */
        MANY_TO_MANY
    }

    /** A referenced ("parent") property and the foreign-key ("child") property pointing at it. */
    public record Pair(ColumnProperty parent, ColumnProperty child) {
    }

    /** A property of a mapped class and the association-table column holding its value. */
    public record SecondaryPair(ColumnProperty property, Column<Object> column) {
    }

    /** One ORDER BY item of a collection. */
    public record Order(ColumnProperty property, boolean descending) {
    }

    private final Class<?> ownerType;
    private final Field field;
    /**
     * Concrete-table inheritance: the field, when the class and its superclasses each map it (the root's relationship
     * and every subclass's copy, joining different tables) — the copies are one relationship to snapshots and loaders.
     */
    private Field shared;
    private final String fieldName;
    private final Class<?> targetType;
    private final Class<?> collectionType;
    /** The field is a {@link org.jalchemy.orm.Ref} holding the related object. */
    private final boolean ref;
    private final MethodHandle getter;
    private final MethodHandle setter;
    private final Relationship ann;
    private Mapper owner;
    private Function<Class<?>, Mapper> lookup;
    /** The relationship whose {@code backref} declared this (unannotated) one, or null. */
    private RelationshipProperty backrefFrom;

    private volatile boolean resolved;
    private Set<Cascade> cascade;
    private Lazy lazy;
    private Mapper target;
    private Direction direction;
    private List<Pair> pairs;
    private Table secondary;
    private List<SecondaryPair> localPairs;
    private List<SecondaryPair> targetPairs;
    private List<Order> orderBy;
    private RelationshipProperty reverse;

    RelationshipProperty(Class<?> ownerType, Field field, MethodHandle getter, MethodHandle setter) {
        this.ownerType = ownerType;
        this.field = field;
        this.fieldName = field.getName();
        this.getter = getter;
        this.setter = setter;
        this.ann = field.getAnnotation(Relationship.class);
        Class<?> t = field.getType();
        this.ref = t == org.jalchemy.orm.Ref.class;
        if (ref) {
            this.collectionType = null;
            this.targetType = elementType(field);
        } else if (t == WriteOnlyCollection.class) {
            this.collectionType = t;
            this.targetType = elementType(field);
        } else if (Collection.class.isAssignableFrom(t)) {
            this.collectionType = t;
            this.targetType = elementType(field);
        } else {
            this.collectionType = null;
            this.targetType = t;
        }
        if (collectionType != null && collectionType != List.class && collectionType != Set.class
                && collectionType != Collection.class && collectionType != WriteOnlyCollection.class) {
            throw new MappingError("Relationship field " + this + " has type " + t.getName()
                    + "; declare it as List, Set or Collection (JAlchemy puts its own implementation in the field)");
        }
        if (ann != null && ann.lazy() == Lazy.WRITE_ONLY && collectionType != WriteOnlyCollection.class) {
            throw new MappingError("Relationship field " + this + " has lazy = WRITE_ONLY; declare it as WriteOnlyCollection<"
                    + targetType.getSimpleName() + "> (initialised with WriteOnlyCollection.empty()), which queues changes "
                    + "and queries the rows instead of loading them");
        }
        if (ann != null && !ann.uselist() && collectionType != null) {
            throw new MappingError("Relationship field " + this + " has uselist = false but is a collection; declare it as "
                    + targetType.getSimpleName());
        }
    }

    /**
     * Whether {@code field} is a relationship: annotated {@code @Relationship}, or of an {@code @Entity} type, or a
     * collection of one.
     */
    public static boolean isRelationship(Field field) {
        if (field.isAnnotationPresent(Relationship.class)) {
            return true;
        }
        Class<?> t = field.getType();
        if (t.isAnnotationPresent(Entity.class) || t == WriteOnlyCollection.class || t == org.jalchemy.orm.Ref.class) {
            return true;
        }
        if (Collection.class.isAssignableFrom(t)) {
            Class<?> e = elementTypeOrNull(field);
            return e != null && e.isAnnotationPresent(Entity.class);
        }
        return false;
    }

    private static Class<?> elementTypeOrNull(Field field) {
        Type g = field.getGenericType();
        if (g instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private Class<?> elementType(Field field) {
        Class<?> c = elementTypeOrNull(field);
        if (c == null) {
            throw new MappingError("Relationship field " + this + " must declare its element class, e.g. List<Address> or Ref<User>");
        }
        return c;
    }

    void attach(Mapper owner, Function<Class<?>, Mapper> lookup) {
        this.owner = owner;
        this.lookup = lookup;
        this.shared = owner.strategy() == org.jalchemy.orm.InheritanceType.TABLE_PER_CLASS ? field : null;
    }

    void setLookup(Function<Class<?>, Mapper> lookup) {
        this.lookup = lookup;
    }

    /** The owning mapper. */
    public Mapper owner() { return owner; }

    /** The Java field name. */
    public String fieldName() { return fieldName; }

    /** The related class. */
    public Class<?> targetType() { return targetType; }

    /** Whether the field holds a collection (else a single object or null). */
    public boolean isCollection() { return collectionType != null; }

    /** Whether the field is a {@link WriteOnlyCollection} (never loaded; changes are queued). */
    public boolean isWriteOnly() { return collectionType == WriteOnlyCollection.class; }

    /** Whether the collection field is a {@code Set}. */
    public boolean isSet() { return collectionType == Set.class; }

    /** The annotation, or null for a field declared by the other side's {@code backref} or by its type alone. */
    public Relationship annotation() { return ann; }

    /** The name of the reverse field declared by {@code backPopulates} or {@code backref}, or null. */
    String reverseName() {
        if (ann != null && !ann.backPopulates().isEmpty()) {
            return ann.backPopulates();
        }
        if (ann != null && !ann.backref().isEmpty()) {
            return ann.backref();
        }
        return backrefFrom != null ? backrefFrom.fieldName : null;
    }

    void declaredByBackref(RelationshipProperty from) {
        if (ann != null && (!ann.backPopulates().isEmpty() || !ann.backref().isEmpty())
                && !from.fieldName.equals(ann.backPopulates()) && !from.fieldName.equals(ann.backref())) {
            throw new MappingError("backref '" + fieldName + "' of " + from + " names " + this
                    + ", which already points back at '" + (ann.backPopulates().isEmpty() ? ann.backref() : ann.backPopulates()) + "'");
        }
        this.backrefFrom = from;
    }

    /** Whether the field is a {@link org.jalchemy.orm.Ref} (a single object loaded on its first {@code get()}). */
    public boolean isRef() { return ref; }

    /**
     * The field's current value in {@code obj}: the collection, the related object, or null. Never loads: for a
     * {@link org.jalchemy.orm.Ref} field, the referenced object when the reference is loaded, else null.
     */
    public Object get(Object obj) {
        if (ref) {
            return rawGet(obj) instanceof LazyRef<?> r ? r.peek() : null;
        }
        return rawGet(obj);
    }

    /** What the field holds (for a {@code Ref} field, the reference itself). */
    Object rawGet(Object obj) {
        try {
            return getter.invokeExact(obj);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Stores {@code value} in the field itself (for a {@code Ref} field, the reference). */
    void setRaw(Object obj, Object value) {
        try {
            setter.invokeExact(obj, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Stores {@code value} in the field of {@code obj} (for a {@code Ref} field: in its reference, now loaded). */
    public void set(Object obj, Object value) {
        if (ref) {
            if (rawGet(obj) instanceof LazyRef<?> r) {
                r.fill(value);
                return;
            }
            value = new LazyRef<>(value);
        }
        setRaw(obj, value);
    }

    // ---- resolved configuration

    /** The cascade options. */
    public Set<Cascade> cascade() { resolve(); return cascade; }

    /** Whether the option {@code c} cascades along this relationship. */
    public boolean cascades(Cascade c) { return cascade().contains(c); }

    /** The default loading strategy. */
    public Lazy lazy() { resolve(); return lazy; }

    /** The target's mapper. */
    public Mapper target() { resolve(); return target; }

    /** The direction. */
    public Direction direction() { resolve(); return direction; }

    /** For MANY_TO_ONE / ONE_TO_MANY: the referenced and foreign-key properties. */
    public List<Pair> pairs() { resolve(); return pairs; }

    /** For MANY_TO_MANY: the association table. */
    public Table secondary() { resolve(); return secondary; }

    /** For MANY_TO_MANY: the owner's properties and the association columns referring to them. */
    public List<SecondaryPair> localPairs() { resolve(); return localPairs; }

    /** For MANY_TO_MANY: the target's properties and the association columns referring to them. */
    public List<SecondaryPair> targetPairs() { resolve(); return targetPairs; }

    /** The collection's ORDER BY. */
    public List<Order> orderBy() { resolve(); return orderBy; }

    /** The reverse relationship ({@code backPopulates} / {@code backref}), or null. */
    public RelationshipProperty reverse() { resolve(); return reverse; }

    /** Whether the flush ignores this relationship. */
    public boolean viewOnly() { return ann != null && ann.viewOnly(); }

    /** Whether deletes of the owner leave the children to the database's ON DELETE rule. */
    public boolean passiveDeletes() { return ann != null && ann.passiveDeletes(); }

    /**
     * Whether the foreign key of this relationship is written by a separate UPDATE after the INSERTs (and nulled
     * before the DELETEs): {@code postUpdate} on this side or on its reverse.
     */
    public boolean postUpdate() {
        if (ann != null && ann.postUpdate()) {
            return true;
        }
        RelationshipProperty rev = reverse();
        return rev != null && rev.ann != null && rev.ann.postUpdate();
    }

    /** Whether a JOINED load uses an inner join. */
    public boolean innerJoin() { return ann != null && ann.innerJoin(); }

    /**
     * The condition joining the owner's table to the target's (through the association table for a
     * many-to-many, which must then be in the FROM clause too).
     */
    @SuppressWarnings("unchecked")
    public ColumnElement<Boolean> joinCondition() {
        resolve();
        List<ColumnElement<Boolean>> parts = new ArrayList<>();
        if (direction == Direction.MANY_TO_MANY) {
            for (SecondaryPair p : localPairs) {
                parts.add(p.column().eq(p.property().column()));
            }
            for (SecondaryPair p : targetPairs) {
                parts.add(p.column().eq(p.property().column()));
            }
        } else {
            for (Pair p : pairs) {
                parts.add(p.child().column().eq(p.parent().column()));
            }
        }
        return parts.size() == 1 ? parts.get(0) : org.jalchemy.Sql.and(parts.toArray(new ColumnElement[0]));
    }

    /** Resolves the configuration once every class is mapped. */
    public void resolve() {
        if (resolved) {
            return;
        }
        synchronized (this) {
            if (resolved) {
                return;
            }
            doResolve();
            resolved = true;
        }
    }

    private void doResolve() {
        Relationship cfg = ann != null ? ann : null;
        cascade = cfg != null ? Cascade.parse(cfg.cascade(), toString()) : EnumSet.of(Cascade.SAVE_UPDATE, Cascade.MERGE);
        if (viewOnly()) {
            cascade = EnumSet.noneOf(Cascade.class);
        }
        lazy = isWriteOnly() ? Lazy.WRITE_ONLY : cfg != null ? cfg.lazy() : Lazy.SELECT;
        target = lookup.apply(targetType);
        if (target == null) {
            throw new MappingError("Relationship " + this + " refers to class " + targetType.getName()
                    + ", which is not mapped by the same registry; map it too");
        }
        String secondaryName = cfg != null && !cfg.secondary().isEmpty() ? cfg.secondary()
                : backrefFrom != null && backrefFrom.ann != null ? backrefFrom.ann.secondary() : "";
        if (owner.isAbstractRoot() && (collectionType != null || !secondaryName.isEmpty())) {
            throw new MappingError("Relationship " + this + " is declared on " + ownerType.getSimpleName() + ", the abstract root "
                    + "of a concrete-table hierarchy: it has no table for a foreign key or an association table to refer to; "
                    + "only a many-to-one (its foreign-key column is copied into each concrete table) can be declared there; "
                    + "declare the collection on each concrete subclass");
        }
        if (!secondaryName.isEmpty()) {
            resolveSecondary(secondaryName);
        } else {
            resolveDirect();
        }
        orderBy = new ArrayList<>();
        if (cfg != null && !cfg.orderBy().isBlank()) {
            for (String item : cfg.orderBy().split(",")) {
                String[] words = item.trim().split("\\s+");
                boolean desc = words.length > 1 && words[1].equalsIgnoreCase("desc");
                orderBy.add(new Order(propertyByName(target, words[0], "orderBy"), desc));
            }
        }
        if (cfg != null && cfg.postUpdate() && direction == Direction.MANY_TO_MANY) {
            throw new MappingError("Relationship " + this + " has postUpdate = true, but it is a many-to-many: its rows are in '"
                    + secondary.name() + "', written after both sides anyway; remove postUpdate");
        }
        String rev = reverseName();
        if (rev != null) {
            reverse = target.relationshipOrNull(rev);
            if (reverse == null) {
                throw new MappingError("Relationship " + this + " names reverse field '" + rev + "', but "
                        + targetType.getSimpleName() + " has no relationship field '" + rev + "'; relationship fields are "
                        + target.relationshipNames());
            }
        }
    }

    private ColumnProperty propertyByName(Mapper m, String name, String what) {
        for (ColumnProperty p : m.properties()) {
            if (p.fieldName().equals(name) || p.column().name().equals(name)) {
                return p;
            }
        }
        throw new MappingError(what + " '" + name + "' of relationship " + this + " is not a mapped field of "
                + m.type().getSimpleName());
    }

    private boolean named(ForeignKeyConstraint fk, String[] names) {
        if (names.length == 0) {
            return true;
        }
        for (String n : names) {
            String col = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : n;
            String table = n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : null;
            if (fk.columnNames().contains(col) && (table == null || table.equals(fk.table().name()))) {
                return true;
            }
        }
        return false;
    }

    private void resolveDirect() {
        Table local = owner.table();
        Table remote = target.table();
        String[] fkNames = ann != null ? ann.foreignKeys() : backrefFrom != null && backrefFrom.ann != null
                ? backrefFrom.ann.foreignKeys() : new String[0];
        List<ForeignKeyConstraint> candidates = new ArrayList<>();
        for (ForeignKeyConstraint fk : local.foreignKeys()) {
            if (fk.referredTableName().equals(remote.name()) && named(fk, fkNames)) {
                candidates.add(fk);
            }
        }
        if (local != remote) {
            for (ForeignKeyConstraint fk : remote.foreignKeys()) {
                if (fk.referredTableName().equals(local.name()) && named(fk, fkNames)) {
                    candidates.add(fk);
                }
            }
        }
        if (candidates.isEmpty()) {
            throw new MappingError("Cannot find the join condition of relationship " + this + ": no foreign key links tables '"
                    + local.name() + "' and '" + remote.name() + "'" + (fkNames.length > 0 ? " through " + Arrays.toString(fkNames) : "")
                    + "; add @ForeignKey to the column, or give secondary for a many-to-many" + (shared != null
                    && field.getDeclaringClass() != ownerType ? " (concrete-table inheritance: " + ownerType.getSimpleName()
                    + " maps the field inherited from " + field.getDeclaringClass().getSimpleName() + " with its own table '"
                    + local.name() + "'; declare the relationship on each concrete class instead)" : ""));
        }
        if (candidates.size() > 1) {
            List<String> names = new ArrayList<>();
            for (ForeignKeyConstraint fk : candidates) {
                names.add(fk.table().name() + fk.columnNames());
            }
            throw new MappingError("Relationship " + this + " is ambiguous: several foreign keys link tables '" + local.name()
                    + "' and '" + remote.name() + "': " + names + "; name the one to use with foreignKeys = {\"column\"}");
        }
        ForeignKeyConstraint fk = candidates.get(0);
        if (local != remote) {
            direction = fk.table() == local ? Direction.MANY_TO_ONE : Direction.ONE_TO_MANY;
        } else {
            direction = selfDirection(fk);
        }
        Mapper childMapper = direction == Direction.MANY_TO_ONE ? owner : target;
        Mapper parentMapper = direction == Direction.MANY_TO_ONE ? target : owner;
        pairs = new ArrayList<>();
        List<String> cols = fk.columnNames();
        for (int i = 0; i < cols.size(); i++) {
            String t = fk.targets().get(i);
            ColumnProperty child = childMapper.propertyOfColumn(cols.get(i));
            ColumnProperty parent = parentMapper.propertyOfColumn(t.substring(t.lastIndexOf('.') + 1));
            if (child == null || parent == null) {
                throw new MappingError("Relationship " + this + " joins on " + fk.table().name() + cols + " -> " + fk.targets()
                        + ", but those columns are not all mapped fields");
            }
            pairs.add(new Pair(parent, child));
        }
        if (direction == Direction.MANY_TO_ONE && collectionType != null) {
            throw new MappingError("Relationship " + this + " is a collection, but the foreign key " + fk.table().name() + cols
                    + " is on " + ownerType.getSimpleName() + "'s side (many-to-one); declare the field as "
                    + targetType.getSimpleName() + (local == remote ? ", or set remoteSide to the foreign-key column" : ""));
        }
    }

    private Direction selfDirection(ForeignKeyConstraint fk) {
        String[] remoteSide = ann != null ? ann.remoteSide() : new String[0];
        if (remoteSide.length == 0 && backrefFrom != null && backrefFrom.ann != null && backrefFrom.ann.remoteSide().length > 0) {
            // the reverse of a relationship with remoteSide runs the other way
            return backrefFrom.selfDirectionOf(fk) == Direction.MANY_TO_ONE ? Direction.ONE_TO_MANY : Direction.MANY_TO_ONE;
        }
        if (remoteSide.length == 0) {
            return collectionType != null ? Direction.ONE_TO_MANY : Direction.MANY_TO_ONE;
        }
        return selfDirectionOf(fk);
    }

    private Direction selfDirectionOf(ForeignKeyConstraint fk) {
        for (String r : ann.remoteSide()) {
            String col = propertyByName(owner, r, "remoteSide").column().name();
            if (fk.columnNames().contains(col)) {
                return Direction.ONE_TO_MANY;
            }
        }
        return Direction.MANY_TO_ONE;
    }

    private void resolveSecondary(String name) {
        direction = Direction.MANY_TO_MANY;
        if (collectionType == null) {
            throw new MappingError("Many-to-many relationship " + this + " must be a List, Set or Collection field");
        }
        secondary = owner.table().metadata().tables().get(TableNaming.of(owner.table().metadata(), name));
        if (secondary == null) {
            throw new MappingError("secondary table '" + name + "' of relationship " + this
                    + " is not in the registry's MetaData; known tables: " + owner.table().metadata().tables().keySet());
        }
        List<ForeignKeyConstraint> toLocal = new ArrayList<>();
        List<ForeignKeyConstraint> toRemote = new ArrayList<>();
        for (ForeignKeyConstraint fk : secondary.foreignKeys()) {
            if (fk.referredTableName().equals(owner.table().name())) {
                toLocal.add(fk);
            }
            if (fk.referredTableName().equals(target.table().name())) {
                toRemote.add(fk);
            }
        }
        ForeignKeyConstraint localFk;
        ForeignKeyConstraint remoteFk;
        if (owner.table() == target.table()) {
            String[] fkNames = ann != null ? ann.foreignKeys() : new String[0];
            if (toLocal.size() != 2 || fkNames.length == 0) {
                throw new MappingError("Self-referential many-to-many " + this + " through '" + name
                        + "' needs two foreign keys to '" + owner.table().name() + "' and foreignKeys naming the one to this side");
            }
            localFk = named(toLocal.get(0), fkNames) ? toLocal.get(0) : toLocal.get(1);
            remoteFk = localFk == toLocal.get(0) ? toLocal.get(1) : toLocal.get(0);
        } else {
            if (toLocal.size() != 1 || toRemote.size() != 1) {
                throw new MappingError("secondary table '" + name + "' of relationship " + this + " must have exactly one foreign key to '"
                        + owner.table().name() + "' and one to '" + target.table().name() + "'; it has " + toLocal.size()
                        + " and " + toRemote.size());
            }
            localFk = toLocal.get(0);
            remoteFk = toRemote.get(0);
        }
        localPairs = secondaryPairs(localFk, owner);
        targetPairs = secondaryPairs(remoteFk, target);
    }

    @SuppressWarnings("unchecked")
    private List<SecondaryPair> secondaryPairs(ForeignKeyConstraint fk, Mapper m) {
        List<SecondaryPair> out = new ArrayList<>();
        for (int i = 0; i < fk.columnNames().size(); i++) {
            String t = fk.targets().get(i);
            ColumnProperty p = m.propertyOfColumn(t.substring(t.lastIndexOf('.') + 1));
            if (p == null) {
                throw new MappingError("Association table '" + fk.table().name() + "' of " + this + " refers to " + t
                        + ", which is not a mapped field of " + m.type().getSimpleName());
            }
            out.add(new SecondaryPair(p, (Column<Object>) fk.table().c(fk.columnNames().get(i))));
        }
        return out;
    }

    /** Identity, except that the copies of one field's relationship in a concrete-table hierarchy are equal. */
    @Override public boolean equals(Object o) {
        return o == this || shared != null && o instanceof RelationshipProperty r && shared.equals(r.shared);
    }

    @Override public int hashCode() { return shared != null ? shared.hashCode() : System.identityHashCode(this); }

    @Override public String toString() { return ownerType.getSimpleName() + "." + fieldName; }
}
