package org.jalchemy.orm.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Transient;
import org.jalchemy.orm.Version;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.types.SqlType;

/**
 * How one entity class maps to one table: its column properties (in field order, superclass fields first),
 * primary key, version column, and a handle on its no-argument constructor.
 */
public final class Mapper {
    private final Class<?> type;
    private final Table table;
    private final List<ColumnProperty> properties;
    private final Map<String, ColumnProperty> byField;
    private final List<ColumnProperty> primaryKey;
    private volatile Boolean generatesKey;
    private final ColumnProperty version;
    private final MethodHandle constructor;
    private final List<ForeignKeyDecl> foreignKeys;
    private final List<RelationshipProperty> relationships;
    /** Single-table inheritance: the mapper of the superclass (null for a root or a plain class). */
    private final Mapper parent;
    /** The discriminator property (in the root's properties), or null outside a hierarchy. */
    private final ColumnProperty discriminator;
    /** This class's discriminator value. */
    private final String discriminatorValue;
    private final List<Mapper> subclasses = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The hierarchy's strategy, or null outside a hierarchy. */
    private final org.jalchemy.orm.InheritanceType strategy;
    /** Joined-table inheritance: the root's table down to this class's own; otherwise just {@link #table}. */
    private final List<Table> tables;
    /**
     * Concrete-table inheritance: the description of the UNION ALL this class's polymorphic queries read (its own
     * table's columns, the discriminator, then its subclasses' other columns); for the abstract root, its {@link #table}.
     */
    private Table union;
    private volatile org.jalchemy.sql.FromClause selectable;
    private volatile int selectableFor = -1;
    /** Where each subclass's properties are in a row of this class's polymorphic SELECT (joined-table and concrete-table). */
    private final Map<Mapper, int[]> layoutPositions = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int layoutFor = -1;
    private volatile int[] positions;
    private volatile int positionsFor = -1;
    /** A record entity: how its instances are built (null for a class). */
    private RecordInstantiator record;
    /** The {@code @Embedded} fields (their columns are among {@link #properties}). */
    private List<EmbeddedProperty> embedded = List.of();
    /** Per property: whether it is a column of an embedded value (populated through the value, not one by one). */
    private boolean[] embeddedColumn;
    /** The columns loads leave out ({@code @Column(deferred = true)}); null when every column is loaded. */
    private ColumnLoad defaultLoad;

    /** A foreign key as declared on a field, kept to check its target once every class is mapped. */
    public record ForeignKeyDecl(ColumnProperty property, String target) {
    }

    private Mapper(Class<?> type, Table table, List<ColumnProperty> properties, ColumnProperty version,
                   MethodHandle constructor, List<ForeignKeyDecl> foreignKeys, List<RelationshipProperty> relationships,
                   Mapper parent, ColumnProperty discriminator, String discriminatorValue, int ownRelationships,
                   org.jalchemy.orm.InheritanceType strategy) {
        this.type = type;
        this.strategy = strategy;
        List<Table> chain = new ArrayList<>();
        if (strategy == org.jalchemy.orm.InheritanceType.JOINED && parent != null) {
            chain.addAll(parent.tables);
        }
        chain.add(table);
        this.tables = List.copyOf(chain);
        this.table = table;
        this.union = strategy == org.jalchemy.orm.InheritanceType.TABLE_PER_CLASS && parent == null
                && Modifier.isAbstract(type.getModifiers()) ? table : null;
        this.properties = List.copyOf(properties);
        Map<String, ColumnProperty> m = new LinkedHashMap<>();
        List<ColumnProperty> pk = new ArrayList<>();
        for (ColumnProperty p : properties) {
            m.put(p.fieldName(), p);
            if (p.column().isPrimaryKey()) {
                pk.add(p);
            }
        }
        this.byField = Collections.unmodifiableMap(m);
        this.primaryKey = List.copyOf(pk);
        this.version = version;
        this.constructor = constructor;
        this.foreignKeys = List.copyOf(foreignKeys);
        this.relationships = List.copyOf(relationships);
        for (RelationshipProperty r : relationships.subList(relationships.size() - ownRelationships, relationships.size())) {
            r.attach(this, Mappers::find);
        }
        this.parent = parent;
        this.discriminator = discriminator;
        this.discriminatorValue = discriminatorValue;
        for (Mapper p = parent; p != null; p = p.parent) {
            p.subclasses.add(this);
        }
    }

    /**
     * Maps {@code type} into a new table of {@code metadata}.
     *
     * @throws MappingError naming the class (and field) when the class cannot be mapped
     */
    public static Mapper create(Class<?> type, MetaData metadata) {
        return create(type, metadata, null);
    }

    /**
     * Maps {@code type}; with a {@code parent} (the mapper of its superclass, a single-table hierarchy) its own fields
     * become nullable columns added to the parent's table.
     *
     * @throws MappingError naming the class (and field) when the class cannot be mapped
     */
    public static Mapper create(Class<?> type, MetaData metadata, Mapper parent) {
        Entity entity = type.getAnnotation(Entity.class);
        if (entity == null) {
            throw new MappingError("Class " + type.getName() + " is not annotated with @Entity");
        }
        if (type.isRecord()) {
            RecordEntities.check(type);
        }
        String tableName = entity.table().isEmpty() ? Naming.snakeCase(type.getSimpleName()) : entity.table();
        MethodHandles.Lookup lookup;
        // a named module must read the entity's module before it can look into it (a no-op on the class path)
        Mapper.class.getModule().addReads(type.getModule());
        try {
            lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new MappingError("Cannot access the fields of " + type.getName()
                    + ": open its package to module org.jalchemy.orm", e);
        }
        MethodHandle ctor = null;
        RecordInstantiator record = type.isRecord() ? RecordInstantiator.of(type, lookup) : null;
        if (record == null) {
            try {
                ctor = lookup.findConstructor(type, MethodType.methodType(void.class)).asType(MethodType.methodType(Object.class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new MappingError("Class " + type.getName() + " needs a no-argument constructor (protected is enough)", e);
            }
        }
        org.jalchemy.orm.Inheritance inh = type.getAnnotation(org.jalchemy.orm.Inheritance.class);
        org.jalchemy.orm.InheritanceType strategy = parent != null ? parent.strategy : inh != null ? inh.strategy() : null;
        boolean joined = parent != null && strategy == org.jalchemy.orm.InheritanceType.JOINED;
        // concrete-table inheritance: a subclass maps every field, inherited ones too, to its own full table
        boolean concrete = strategy == org.jalchemy.orm.InheritanceType.TABLE_PER_CLASS;
        boolean concreteSub = concrete && parent != null;
        List<Field> fields = new ArrayList<>();
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && (parent == null || concreteSub || c != parent.type()); c = c.getSuperclass()) {
            chain.add(0, c);
        }
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic() || f.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                fields.add(f);
            }
        }
        List<ColumnProperty> props = new ArrayList<>();
        List<SchemaItem> columns = new ArrayList<>();
        List<ForeignKeyDecl> fks = new ArrayList<>();
        ColumnProperty version = null;
        List<RelationshipProperty> rels = new ArrayList<>();
        Map<String, Boolean> deferred = new LinkedHashMap<>();
        List<EmbeddedProperty> embeddeds = new ArrayList<>(parent != null && !concreteSub ? parent.embedded : List.of());
        ColumnProperty discriminator = null;
        String discriminatorValue = type.isAnnotationPresent(org.jalchemy.orm.DiscriminatorValue.class)
                ? type.getAnnotation(org.jalchemy.orm.DiscriminatorValue.class).value() : type.getSimpleName();
        // SQLAlchemy's AbstractConcreteBase (no table of its own) or ConcreteBase (a table like any subclass's)
        boolean abstractRoot = concrete && parent == null && Modifier.isAbstract(type.getModifiers());
        if (concreteSub) {
            ConcreteInheritance.checkSubclass(type);
        } else if (parent != null) {
            if (parent.discriminator == null) {
                throw new MappingError("Class " + type.getName() + " extends mapped class " + parent.type().getName()
                        + ", which is not the root of a hierarchy: annotate it @Inheritance (single-table inheritance)");
            }
            if (joined) {
                JoinedInheritance.checkSubclass(type, entity, parent);
            } else if (!entity.table().isEmpty() && !entity.table().equals(parent.table().name())) {
                throw new MappingError("Class " + type.getName() + " is stored in its root's table '" + parent.table().name()
                        + "' (single-table inheritance); for a table of its own, annotate the root "
                        + "@Inheritance(strategy = InheritanceType.JOINED)");
            }
            for (ColumnProperty p : parent.properties) {
                props.add(p == parent.discriminator ? discriminatorProperty(p.index(), type, p.column(), discriminatorValue) : p);
            }
            discriminator = props.get(parent.discriminator.index());
            version = parent.version;
            fks.addAll(parent.foreignKeys);
            rels.addAll(parent.relationships);
        }
        int inheritedRelationships = rels.size();
        for (Field f : fields) {
            String where = type.getSimpleName() + "." + f.getName();
            if (f.isAnnotationPresent(org.jalchemy.orm.Embedded.class)) {
                EmbeddedProperty ep = EmbeddedProperty.create(type, f, lookup, props.size());
                embeddeds.add(ep);
                for (ColumnProperty p : ep.properties()) {
                    props.add(p);
                    columns.add(p.column());
                }
                fks.addAll(ep.foreignKeys());
                continue;
            }
            if (RelationshipProperty.isRelationship(f)) {
                try {
                    rels.add(new RelationshipProperty(type, f,
                            lookup.unreflectGetter(f).asType(MethodType.methodType(Object.class, Object.class)),
                            lookup.unreflectSetter(f).asType(MethodType.methodType(void.class, Object.class, Object.class))));
                } catch (IllegalAccessException e) {
                    throw new MappingError("Cannot access relationship field " + where + " (final fields cannot be mapped)", e);
                }
                continue;
            }
            org.jalchemy.orm.Column ann = f.getAnnotation(org.jalchemy.orm.Column.class);
            SqlType<?> sqlType = TypeMapping.sqlType(f, ann);
            if (sqlType == null) {
                throw new MappingError("Field " + type.getName() + "." + f.getName() + " has type "
                        + f.getGenericType().getTypeName() + ", which cannot be mapped to a column; supported: "
                        + TypeMapping.supported() + " (mark it @Transient to leave it out)");
            }
            String colName = ann != null && !ann.name().isEmpty() ? ann.name() : Naming.snakeCase(f.getName());
            @SuppressWarnings("unchecked")
            Column<Object> col = new Column<>(colName, (SqlType<Object>) sqlType);
            boolean isId = f.isAnnotationPresent(Id.class);
            boolean isVersion = f.isAnnotationPresent(Version.class);
            if (isId) {
                col.primaryKey();
            }
            if (ann != null) {
                if (!ann.nullable()) col.notNull();
                if (ann.unique()) col.unique();
                if (ann.index()) col.index();
                if (!ann.serverDefault().isEmpty()) col.serverDefault(org.jalchemy.Sql.text(ann.serverDefault()));
                if (!ann.sequence().isEmpty()) col.sequence(new org.jalchemy.schema.Sequence(ann.sequence(), ann.sequenceStart()));
                if (ann.deferred() || ann.deferredRaiseload()) {
                    if (f.getType().isPrimitive()) {
                        throw new MappingError("Deferred field " + where + " is primitive; use the wrapper type (a field not "
                                + "loaded yet holds null)");
                    }
                    if (f.isAnnotationPresent(ForeignKey.class)) {
                        throw new MappingError("Foreign-key field " + where + " cannot be deferred: relationships read it "
                                + "when they load and flush");
                    }
                    deferred.put(f.getName(), ann.deferredRaiseload());
                }
            }
            if (f.getType().isPrimitive() || isVersion) {
                col.notNull();
            }
            ForeignKey fk = f.getAnnotation(ForeignKey.class);
            if (fk != null) {
                if (!fk.value().matches("[^.]+\\.[^.]+")) {
                    throw new MappingError("@ForeignKey(\"" + fk.value() + "\") on field " + where
                            + " must name a column as \"table.column\"");
                }
                col.references(fk.value());
                if (!fk.onDelete().isEmpty()) {
                    col.onDelete(fk.onDelete());
                }
            }
            MethodHandle getter;
            MethodHandle setter;
            try {
                getter = lookup.unreflectGetter(f).asType(MethodType.methodType(Object.class, Object.class));
                setter = record != null ? RecordInstantiator.readOnlySetter(type, f.getName(), getter)
                        : lookup.unreflectSetter(f).asType(MethodType.methodType(void.class, Object.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new MappingError("Cannot access field " + where + " (final fields cannot be mapped)", e);
            }
            if (joined && isId) {
                throw new MappingError("Field " + where + " of joined-table subclass " + type.getName() + " cannot be an @Id: "
                        + "the key is inherited from " + parent.root().type().getName() + ", and the subclass table's key "
                        + "column refers to it");
            }
            if (parent != null && !joined && !concreteSub) {
                if (isId || f.getType().isPrimitive()) {
                    throw new MappingError("Field " + where + " of subclass " + type.getName() + " cannot be "
                            + (isId ? "an @Id" : "primitive (its column is NULL for other classes' rows; use the wrapper type)"));
                }
                col = new Column<>(colName, col.type());       // nullable: rows of other classes leave it empty
                if (fk != null) {
                    col.references(fk.value());
                }
            }
            ColumnProperty p = new ColumnProperty(props.size(), type.getSimpleName(), f.getName(), f.getType(), col, getter, setter);
            if (isVersion) {
                if (version != null) {
                    throw new MappingError("Class " + type.getName() + " has two @Version fields: " + version.fieldName()
                            + " and " + f.getName());
                }
                Class<?> vt = f.getType();
                if (vt != Integer.class && vt != int.class && vt != Long.class && vt != long.class) {
                    throw new MappingError("@Version field " + where + " must be Integer, int, Long or long, not " + vt.getName());
                }
                version = p;
            }
            if (fk != null) {
                fks.add(new ForeignKeyDecl(p, fk.value()));
            }
            props.add(p);
            columns.add(col);
        }
        if (parent == null && inh != null && (!concrete || abstractRoot)) {
            @SuppressWarnings("unchecked")
            Column<Object> dc = (Column<Object>) (Column<?>) new Column<>(inh.discriminator(), org.jalchemy.types.Types.string(50));
            dc.notNull();
            discriminator = discriminatorProperty(props.size(), type, dc, discriminatorValue);
            props.add(discriminator);
            columns.add(dc);
        }
        if (!deferred.isEmpty() && (parent != null || inh != null)) {
            throw new MappingError("@Column(deferred = true) on " + type.getSimpleName() + "." + deferred.keySet().iterator().next()
                    + ": deferred columns are not supported in an inheritance hierarchy");
        }
        if (joined) {
            Table own = JoinedInheritance.subclassTable(type, tableName, metadata, parent, columns);
            return new Mapper(type, own, props, version, ctor, fks, rels, parent, discriminator, discriminatorValue,
                    rels.size() - inheritedRelationships, strategy).withValueTypes(null, embeddeds);
        }
        if (abstractRoot) {
            return new Mapper(type, ConcreteInheritance.unionTable(tableName, columns), props, version, ctor, fks, rels, null,
                    discriminator, discriminatorValue, rels.size(), strategy).withValueTypes(null, embeddeds);
        }
        if (parent != null && !concreteSub) {
            for (SchemaItem c : columns) {
                parent.table().append(c);
            }
            return new Mapper(type, parent.table(), props, version, ctor, fks, rels, parent, discriminator, discriminatorValue,
                    rels.size() - inheritedRelationships, strategy).withValueTypes(null, embeddeds);
        }
        if (props.stream().noneMatch(p -> p.column().isPrimaryKey())) {
            throw new MappingError("Class " + type.getName() + " has no @Id field; every entity needs a primary key");
        }
        if (metadata.tables().containsKey(tableName)) {
            throw new MappingError("Cannot map " + type.getName() + ": table '" + tableName
                    + "' is already defined in this registry's MetaData");
        }
        Table table;
        try {
            table = metadata.table(tableName, columns.toArray(new SchemaItem[0]));
        } catch (org.jalchemy.exc.ArgumentError e) {
            throw new MappingError("Cannot map " + type.getName() + " to table '" + tableName + "': " + e.getMessage(), e);
        }
        Mapper created = new Mapper(type, table, props, version, ctor, fks, rels, concreteSub ? parent : null, discriminator,
                discriminatorValue, rels.size(), strategy).withValueTypes(record, embeddeds);
        created.defaultLoad = ColumnLoad.defaults(created, deferred);
        if (concrete) {
            created.union = ConcreteInheritance.ownUnion(table, created.root());
            for (Mapper p = parent; p != null; p = p.parent) {
                ConcreteInheritance.extend(p.union, table);
            }
        }
        return created;
    }

    /** Sets what records and embedded values need, once the properties are known. */
    private Mapper withValueTypes(RecordInstantiator record, List<EmbeddedProperty> embeddeds) {
        this.record = record;
        this.embedded = List.copyOf(embeddeds);
        this.embeddedColumn = new boolean[properties.size()];
        for (EmbeddedProperty e : embedded) {
            for (ColumnProperty p : e.properties()) {
                embeddedColumn[p.index()] = true;
            }
        }
        if (record != null) {
            record.bind(properties, embedded);
        }
        return this;
    }

    /** Whether the mapped class is a record (immutable: built through its canonical constructor, never written to). */
    public boolean isRecord() { return record != null; }

    /** The {@code @Embedded} fields. */
    public List<EmbeddedProperty> embedded() { return embedded; }

    /** A new instance holding {@code values} (in property order): a record through its canonical constructor. */
    public Object instantiate(Object[] values) {
        if (record != null) {
            return record.instantiate(values);
        }
        Object obj = newInstance();
        populate(obj, values);
        return obj;
    }

    /**
     * An instance with no values, to try an expression on: for a record, every component at its default; null when its
     * constructor refuses those.
     */
    public Object blankInstance() {
        return record != null ? record.blank() : newInstance();
    }

    /** The discriminator as a property: reads as this class's value, ignores writes (it is never a field). */
    private static ColumnProperty discriminatorProperty(int index, Class<?> type, Column<Object> column, String value) {
        MethodHandle getter = MethodHandles.dropArguments(MethodHandles.constant(Object.class, value), 0, Object.class);
        MethodHandle setter = MethodHandles.empty(MethodType.methodType(void.class, Object.class, Object.class));
        return new ColumnProperty(index, type.getSimpleName(), column.name(), String.class, column, getter, setter);
    }

    /** The root of this class's hierarchy (itself outside one). */
    public Mapper root() {
        Mapper m = this;
        while (m.parent != null) {
            m = m.parent;
        }
        return m;
    }

    /**
     * The class identity keys use: the root's (so {@code get(Employee.class, 1)} finds a Manager); in concrete-table
     * inheritance the class itself, as keys are unique only within each class's table.
     */
    public Class<?> identityType() {
        return strategy == org.jalchemy.orm.InheritanceType.TABLE_PER_CLASS ? type : root().type;
    }

    /**
     * Whether this class's objects are loaded from a UNION ALL (concrete-table inheritance): the abstract root, or a
     * concrete class with concrete subclasses (its own table's rows and theirs).
     */
    public boolean isUnion() {
        return strategy == org.jalchemy.orm.InheritanceType.TABLE_PER_CLASS && (isAbstractRoot() || !subclasses.isEmpty());
    }

    /** Whether this is the abstract root of a concrete-table hierarchy: no table of its own. */
    public boolean isAbstractRoot() {
        return strategy == org.jalchemy.orm.InheritanceType.TABLE_PER_CLASS && parent == null && union == table;
    }

    /** Concrete-table inheritance: the description of the union this class's queries read (null outside one). */
    Table union() { return union; }

    /**
     * A SELECT of {@link #columns()} of the rows whose identity is this class's (for {@code get()} and refreshes by key,
     * the caller adding the key condition): a concrete-table class with subclasses reads its own table only, as its keys
     * are unique only there.
     */
    public org.jalchemy.sql.Select keySelect() {
        if (isUnion() && !isAbstractRoot()) {
            return ConcreteInheritance.branch(this, this).selectFrom(table);
        }
        return restrict(org.jalchemy.sql.Select.of(columns()));
    }

    /** The discriminator column, or null outside a hierarchy (and in concrete-table inheritance but for the abstract root). */
    public Column<Object> discriminatorColumn() {
        return discriminator == null ? null : discriminator.column();
    }

    /** This class's discriminator value. */
    public String discriminatorValue() { return discriminatorValue; }

    /**
     * The values of an object of {@code concrete} (this class or a subclass, from {@link #concrete(Row, int)}) in a row
     * selected as this mapper's {@link #columns()}, in {@code concrete}'s property order.
     */
    public Object[] valuesOf(Mapper concrete, Row row, int offset) {
        boolean joined = strategy == org.jalchemy.orm.InheritanceType.JOINED;
        boolean union = isUnion();
        if (!union && (concrete == this || !joined)) {
            return concrete.valuesOf(row, offset);
        }
        // a layout of this class's columns, read for a subclass: where its properties are depends on both classes
        int width = union ? this.union.columns().size() : root().subclasses.size();
        int[] pos = layoutPositions.get(concrete);
        if (pos == null || width != layoutFor) {
            pos = union ? ConcreteInheritance.positions(this.union, concrete) : positionsOf(concrete);
            layoutPositions.put(concrete, pos);
            layoutFor = width;
        }
        Object[] out = new Object[pos.length];
        for (int i = 0; i < out.length; i++) {
            Object v = row.get(offset + pos[i]);
            out[i] = union ? concrete.properties.get(i).column().type().coerce(v) : v;
        }
        return out;
    }

    /** Where each property of {@code other} is among this mapper's {@link #columns()}. */
    private int[] positionsOf(Mapper other) {
        List<ColumnElement<?>> cols = polymorphicColumns();
        int[] p = new int[other.properties.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = cols.indexOf(other.properties.get(i).column());
        }
        return p;
    }

    /** The mapper of the row's class (by its discriminator value), among this mapper and its subclasses. */
    public Mapper concrete(Row row, int offset) {
        if (isUnion()) {
            return ConcreteInheritance.concrete(this, row.get(offset + ConcreteInheritance.discriminatorIndex(this)));
        }
        if (discriminator == null) {
            return this;
        }
        Object v = row.get(offset + discriminator.index());
        if (discriminatorValue.equals(v)) {
            return this;
        }
        for (Mapper m : subclasses) {
            if (m.discriminatorValue.equals(v)) {
                return m;
            }
        }
        throw new org.jalchemy.exc.InvalidRequestError("A row of table '" + table.name() + "' has discriminator value '" + v
                + "', which is not " + type.getSimpleName() + " or one of its mapped subclasses");
    }

    /**
     * {@code select} restricted to rows of this class and its subclasses (for a subclass of a hierarchy); for joined-table
     * inheritance, selecting FROM {@link #selectable()}.
     */
    public org.jalchemy.sql.Select restrict(org.jalchemy.sql.Select select) {
        if (strategy == org.jalchemy.orm.InheritanceType.JOINED || isUnion()) {
            return select.selectFrom(selectable());
        }
        if (discriminator == null || parent == null) {
            return select;
        }
        List<Object> values = new ArrayList<>();
        values.add(discriminatorValue);
        for (Mapper m : subclasses) {
            values.add(m.discriminatorValue);
        }
        return select.where(discriminator.column().in(values));
    }

    /** The mapped class. */
    public Class<?> type() { return type; }

    /** The Core table: for a joined-table subclass, its own table (holding its own fields). */
    public Table table() { return table; }

    /** The tables an object of this class is stored in: the root's table down to its own (just {@link #table()} outside joined-table inheritance). */
    public List<Table> tables() { return tables; }

    /** Whether an object is stored in several tables (a joined-table subclass): written one table at a time. */
    public boolean spansTables() { return tables.size() > 1; }

    /**
     * What an ORM join ON a given condition joins for this class: the union of its tables (concrete-table inheritance,
     * a class with subclasses), else the first of {@link #tables()} (which {@link #joinRest} completes).
     */
    public org.jalchemy.sql.FromClause joinTarget() {
        return isUnion() ? selectable() : tables.get(0);
    }

    /** The hierarchy's inheritance strategy, or null outside a hierarchy. */
    public org.jalchemy.orm.InheritanceType strategy() { return strategy; }

    /** The mapper of the superclass in a hierarchy, or null. */
    public Mapper parent() { return parent; }

    /** The mapped subclasses (all depths, superclasses first). */
    public List<Mapper> subclasses() { return List.copyOf(subclasses); }

    /**
     * {@code select}, which has just joined {@code anchor} (one of {@link #tables()}) for an ORM join or eager load of this class,
     * with its other tables and its subclasses' tables joined too (joined-table inheritance; otherwise unchanged).
     */
    public org.jalchemy.sql.Select joinRest(org.jalchemy.sql.Select select, Table anchor, boolean outer) {
        return strategy == org.jalchemy.orm.InheritanceType.JOINED ? JoinedInheritance.joinRest(select, this, anchor, outer) : select;
    }

    /**
     * The one table an ORM bulk {@code statement} ("INSERT", "UPDATE", "DELETE") of this class writes.
     *
     * @throws org.jalchemy.exc.InvalidRequestError naming the class when its objects are stored in several tables (a
     *         joined-table subclass; any class of a joined-table hierarchy for INSERT) or in none (a concrete-table root)
     */
    public Table bulkTable(String statement) {
        boolean several = tables.size() > 1
                || statement.equals("INSERT") && strategy == org.jalchemy.orm.InheritanceType.JOINED && selectable() != table;
        if (several || isAbstractRoot()) {
            throw new org.jalchemy.exc.InvalidRequestError("Cannot run an ORM bulk " + statement + " of " + type.getSimpleName()
                    + ": " + (isAbstractRoot() ? "it has no table (the abstract root of a concrete-table hierarchy); use a subclass"
                    : "its objects are stored in several tables (joined-table inheritance); add objects to a Session, or "
                    + "use Core statements per table"));
        }
        return table;
    }

    /**
     * What a SELECT of {@link #columns()} reads FROM: the table, or for joined-table inheritance the root's table
     * INNER JOINed to this class's tables and LEFT OUTER JOINed to every other table of the hierarchy, so that one
     * statement loads each row's subclass columns.
     */
    public org.jalchemy.sql.FromClause selectable() {
        if (strategy != org.jalchemy.orm.InheritanceType.JOINED && !isUnion()) {
            return table;
        }
        int n = root().subclasses.size();
        org.jalchemy.sql.FromClause s = selectable;
        if (s == null || selectableFor != n) {
            s = isUnion() ? ConcreteInheritance.selectable(this) : JoinedInheritance.selectable(this);
            selectable = s;
            selectableFor = n;
        }
        return s;
    }

    /** Every column property, in field order. */
    public List<ColumnProperty> properties() { return properties; }

    /** The primary-key properties, in field order. */
    public List<ColumnProperty> primaryKey() { return primaryKey; }

    /** The {@code @Version} property, or null. */
    public ColumnProperty version() { return version; }

    /** The foreign keys as declared on fields. */
    public List<ForeignKeyDecl> foreignKeys() { return foreignKeys; }

    /** The relationship fields, in field order. */
    public List<RelationshipProperty> relationships() { return relationships; }

    /** The relationship mapped from {@code fieldName}, or null. */
    public RelationshipProperty relationshipOrNull(String fieldName) {
        for (RelationshipProperty r : relationships) {
            if (r.fieldName().equals(fieldName)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The relationship mapped from {@code fieldName}.
     *
     * @throws MappingError naming the class and its relationship fields
     */
    public RelationshipProperty relationship(String fieldName) {
        RelationshipProperty r = relationshipOrNull(fieldName);
        if (r == null) {
            throw new MappingError("Class " + type.getSimpleName() + " has no relationship field '" + fieldName
                    + "'; relationship fields are " + relationshipNames());
        }
        return r;
    }

    /** The names of the relationship fields. */
    public List<String> relationshipNames() {
        List<String> n = new ArrayList<>();
        for (RelationshipProperty r : relationships) {
            n.add(r.fieldName());
        }
        return n;
    }

    /** The property mapped to the column named {@code columnName}, or null. */
    public ColumnProperty propertyOfColumn(String columnName) {
        for (ColumnProperty p : properties) {
            if (p.column().name().equals(columnName)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether the lone primary key is generated by the database when left null. Asked once per row a flush inserts;
     * worked out on first use (the column's answer copies the table's key list), when the table is complete.
     */
    public boolean generatesKey() {
        Boolean g = generatesKey;
        if (g == null) {
            g = primaryKey.size() == 1 && primaryKey.get(0).column().isAutoincrement();
            generatesKey = g;
        }
        return g;
    }

    /**
     * The property mapped from the field {@code fieldName}.
     *
     * @throws MappingError naming the class and its mapped fields
     */
    public ColumnProperty property(String fieldName) {
        ColumnProperty p = byField.get(fieldName);
        if (p == null) {
            throw new MappingError("Class " + type.getSimpleName() + " has no mapped field '" + fieldName
                    + "'; mapped fields are " + byField.keySet());
        }
        return p;
    }

    /** The property of {@code column}, or null. */
    public ColumnProperty propertyOf(ColumnElement<?> column) {
        for (ColumnProperty p : properties) {
            if (p.column() == column) {
                return p;
            }
        }
        return null;
    }

    /** The columns loads leave out by default ({@code @Column(deferred = true)}), or null when none is. */
    public ColumnLoad defaultLoad() { return defaultLoad; }

    /** The columns of every property (but deferred ones), in order, for SELECTs that load whole objects. */
    public ColumnElement<?>[] columns() {
        if (defaultLoad != null) {
            return defaultLoad.columns();
        }
        if (isUnion()) {
            return ConcreteInheritance.columns(this);
        }
        if (discriminator != null) {
            return polymorphicColumns().toArray(new ColumnElement<?>[0]);
        }
        ColumnElement<?>[] out = new ColumnElement<?>[properties.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = properties.get(i).column();
        }
        return out;
    }

    /**
     * In a hierarchy: the root's columns, then each subclass's own, so any class's row can be read from one SELECT; for
     * joined-table inheritance only this class's columns and its subclasses' (the tables {@link #selectable()} joins).
     */
    private List<ColumnElement<?>> polymorphicColumns() {
        Mapper root = strategy == org.jalchemy.orm.InheritanceType.JOINED ? this : root();
        List<ColumnElement<?>> out = new ArrayList<>();
        for (ColumnProperty p : root.properties) {
            out.add(p.column());
        }
        for (Mapper m : root.subclasses) {
            for (ColumnProperty p : m.properties) {
                if (!out.contains(p.column())) {
                    out.add(p.column());
                }
            }
        }
        return out;
    }

    /** Where each property's value is in a row selected as {@link #columns()}. */
    private int[] positions() {
        int n = root().subclasses.size();
        int[] p = positions;
        if (p != null && positionsFor == n) {
            return p;
        }
        List<ColumnElement<?>> cols = polymorphicColumns();
        p = new int[properties.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = cols.indexOf(properties.get(i).column());
        }
        positions = p;
        positionsFor = n;
        return p;
    }

    /** A new instance through the no-argument constructor. */
    public Object newInstance() {
        if (record != null) {
            throw new MappingError("Record " + type.getName() + " has no no-argument constructor; it is built from its values");
        }
        try {
            return constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new MappingError("Constructor of " + type.getName() + " failed: " + t, t);
        }
    }

    /** The current field values of {@code obj}, one per property. */
    public Object[] values(Object obj) {
        Object[] out = new Object[properties.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = properties.get(i).get(obj);
        }
        return out;
    }

    /** The row's values (selected as {@link #columns()}, at {@code offset}) as an array in property order. */
    public Object[] valuesOf(Row row, int offset) {
        if (defaultLoad != null) {
            return defaultLoad.valuesOf(row, offset);   // markers where deferred columns are
        }
        Object[] out = new Object[properties.size()];
        int[] pos = discriminator != null && !isUnion() ? positions() : null;
        for (int i = 0; i < out.length; i++) {
            out[i] = row.get(offset + (pos != null ? pos[i] : i));
        }
        return out;
    }

    /** Writes {@code values} (in property order) into the fields of {@code obj}. */
    public void populate(Object obj, Object[] values) {
        if (record != null) {
            throw new MappingError("Cannot write the fields of record " + type.getName() + ": they are final");
        }
        if (embedded.isEmpty()) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v != ColumnLoad.NOT_LOADED && v != ColumnLoad.RAISE) {   // a deferred column: the field stays empty
                    properties.get(i).set(obj, v);
                }
            }
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (!embeddedColumn[i]) {
                properties.get(i).set(obj, values[i]);
            }
        }
        for (EmbeddedProperty e : embedded) {
            e.setValue(obj, e.assemble(values));
        }
    }

    /**
     * Whether a key column of this class is NULL in a row selected as {@link #columns()} at {@code offset} (an
     * outer join found no row): {@code keyOf(valuesOf(row, offset)) == null} without building the values or the key.
     */
    public boolean rowHasNullKey(Row row, int offset) {
        int[] pos = discriminator != null && !isUnion() ? positions() : null;
        for (ColumnProperty k : primaryKey) {
            int i = k.index();
            if (row.get(offset + (pos != null ? pos[i] : i)) == null) {
                return true;
            }
        }
        return false;
    }

    /** The identity key of {@code values} (in property order), or null if a key value is null. */
    public IdentityKey keyOf(Object[] values) {
        if (primaryKey.size() == 1) {
            // the common case, without the intermediate array (one allocation less per loaded row)
            Object v = values[primaryKey.get(0).index()];
            return v == null ? null : new IdentityKey(identityType(), List.of(v));
        }
        Object[] k = new Object[primaryKey.size()];
        for (int i = 0; i < k.length; i++) {
            Object v = values[primaryKey.get(i).index()];
            if (v == null) {
                return null;
            }
            k[i] = v;
        }
        return new IdentityKey(identityType(), List.of(k));
    }

    /**
     * The identity key for a user-given id: one value, or a List / array of values for a composite key, each
     * converted to its column's Java type.
     */
    public IdentityKey keyOfId(Object id) {
        if (isAbstractRoot()) {
            throw new org.jalchemy.exc.InvalidRequestError("Cannot get() a " + type.getSimpleName() + " by key: in concrete-table "
                    + "inheritance each subclass's table has keys of its own, so a key names no single row; get() a subclass "
                    + "(one of " + subclassNames() + ")");
        }
        List<?> given;
        if (id instanceof Collection<?> c) {
            given = new ArrayList<>(c);
        } else if (id instanceof Object[] a) {
            given = List.of(a);
        } else {
            given = Collections.singletonList(id);
        }
        if (given.size() != primaryKey.size()) {
            throw new org.jalchemy.exc.ArgumentError("Class " + type.getSimpleName() + " has a primary key of "
                    + primaryKey.size() + " column(s) " + primaryKeyNames() + "; got " + given.size() + " value(s): " + id);
        }
        Object[] k = new Object[given.size()];
        for (int i = 0; i < k.length; i++) {
            Object v = primaryKey.get(i).column().type().coerce(given.get(i));
            if (v == null) {
                throw new org.jalchemy.exc.ArgumentError("A primary key value of " + type.getSimpleName() + " cannot be null");
            }
            k[i] = v;
        }
        return new IdentityKey(identityType(), List.of(k));
    }

    private List<String> subclassNames() {
        List<String> n = new ArrayList<>();
        for (Mapper m : subclasses) {
            n.add(m.type.getSimpleName());
        }
        return n;
    }

    private List<String> primaryKeyNames() {
        List<String> n = new ArrayList<>();
        for (ColumnProperty p : primaryKey) {
            n.add(p.fieldName());
        }
        return n;
    }

    @Override public String toString() { return "Mapper(" + type.getSimpleName() + " -> " + table.name() + ")"; }
}
