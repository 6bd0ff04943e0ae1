package org.jalchemy.orm;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/**
 * The declarative base: maps {@link Entity} classes to tables of its own {@link MetaData}.
 * <pre>{@code
 * Registry base = new Registry();
 * base.map(User.class, Address.class);
 * base.metadata().createAll(engine);
 * }</pre>
 * Foreign keys are checked against the MetaData's tables when the tables are created (or by {@link #configure()}),
 * so classes may be mapped in any order and plain Core tables added to the same MetaData.
 */
public class Registry {
    private final String tablePrefix;
    private final MetaData metadata = new RegistryMetaData();
    private final Map<Class<?>, Mapper> mappers = new LinkedHashMap<>();
    private final Resolution.OfRegistry resolution = new Resolution.OfRegistry(this);

    /** A registry with an empty MetaData. */
    public Registry() {
        this("");
    }

    /**
     * A registry naming every table its classes' annotations mention ({@code @Entity(table)}, {@code @ForeignKey},
     * {@code @Relationship(secondary)}) with {@code tablePrefix} in front: two registries can map one class to two
     * tables side by side ({@code new Registry("tenant1_")}). Core tables added to its MetaData and referred to from
     * annotations (an association table) need the prefix too.
     */
    public Registry(String tablePrefix) {
        if (tablePrefix == null) {
            throw new org.jalchemy.exc.ArgumentError("Registry(tablePrefix) needs a prefix (\"\" for none), got null");
        }
        this.tablePrefix = tablePrefix;
    }

    /**
     * Maps each class to a table (created in {@link #metadata()}).
     *
     * @throws MappingError naming the class and field that cannot be mapped
     */
    public Registry map(Class<?>... classes) {
        List<Class<?>> ordered = new java.util.ArrayList<>(List.of(classes));
        // superclasses first: a subclass in a single-table hierarchy extends its parent's mapper
        ordered.sort(java.util.Comparator.comparingInt(Registry::depth));
        for (Class<?> c : ordered) {
            if (mappers.containsKey(c)) {
                throw new MappingError("Class " + c.getName() + " is already mapped by this registry");
            }
            Mapper parent = c.getSuperclass() == null ? null : mapperOrNull(c.getSuperclass());
            Mapper m = Mapper.create(c, metadata, parent);
            mappers.put(c, m);
        }
        wireRelationships();
        return this;
    }

    /**
     * Lets Core statements run on {@code engine}'s connections resolve this registry's metamodel attributes
     * ({@code conn.execute(select(users).where(User_.username.eq("x")))}), and SessionFactories of the engine built
     * without a Registry find its classes. Done for you when a SessionFactory is built with this registry, or its
     * tables are created on the engine. Returns this registry.
     */
    public Registry registerWith(org.jalchemy.engine.Engine engine) {
        engine.resolvers().register(resolution);
        return this;
    }

    /**
     * Resolves metamodel attributes and ORM selects to this registry's columns and tables, e.g. to look at SQL:
     * {@code select(users).where(User_.age.gt(3)).compile(dialect, registry.resolver())}.
     */
    public org.jalchemy.sql.ElementResolver resolver() {
        return resolution;
    }

    /**
     * The column this registry maps {@code attribute}'s field to.
     *
     * @throws UnmappedClassError when this registry does not map the attribute's class
     */
    public <T> org.jalchemy.schema.Column<T> column(ColumnAttribute<?, T> attribute) {
        mapper(attribute.entity());
        return resolution.columnOrNull(attribute);
    }

    /**
     * {@code select} bound to this registry's mappers: what a Session of this registry runs. Its Core views
     * ({@code subquery}, {@code cte}, {@code statement}, ...) need a bound select, because an unbound one does not
     * know its tables before it runs: {@code aliased(User.class, registry.bind(select(User.class).where(...)).subquery("u"))}.
     */
    public <T> OrmSelect<T> bind(OrmSelect<T> select) {
        return select.bind(resolution);
    }

    /** {@code alias} bound to this registry's mapper of its class (so its {@code from()} is known). */
    public <E> Alias<E> bind(Alias<E> alias) {
        return alias.bind(resolution);
    }

    /** {@code insert} bound to this registry's mapper (so its Core {@code statement()} is known). */
    public <E> OrmInsert<E> bind(OrmInsert<E> insert) {
        return insert.bind(resolution);
    }

    /** {@code update} bound to this registry's mapper (so its Core {@code statement()} is known). */
    public <E> OrmUpdate<E> bind(OrmUpdate<E> update) {
        return update.bind(resolution);
    }

    /** {@code delete} bound to this registry's mapper (so its Core {@code statement()} is known). */
    public <E> OrmDelete<E> bind(OrmDelete<E> delete) {
        return delete.bind(resolution);
    }

    /** How this registry's statements resolve their classes and metamodel attributes. */
    Resolution resolution() {
        return resolution;
    }

    /** The MetaData holding the mapped tables (and any Core tables added to it). */
    public MetaData metadata() {
        return metadata;
    }

    /** The table {@code type} is mapped to. */
    public Table table(Class<?> type) {
        return mapper(type).table();
    }

    /** The mapped classes, in mapping order. */
    public Collection<Class<?>> mappedClasses() {
        return Collections.unmodifiableSet(mappers.keySet());
    }

    /**
     * Checks what can only be checked once every class is mapped: each {@link ForeignKey} names an existing
     * table and column.
     *
     * @throws MappingError naming the class, field and target
     */
    public void configure() {
        for (Mapper m : mappers.values()) {
            for (Mapper.ForeignKeyDecl fk : m.foreignKeys()) {
                String[] parts = fk.target().split("\\.");
                Table target = metadata.tables().get(parts[0]);
                for (Mapper root : mappers.values()) {
                    if (target == null && root.isAbstractRoot() && root.table().name().equals(parts[0])) {
                        throw new MappingError("@ForeignKey(\"" + fk.target() + "\") on field " + fk.property() + " refers to '"
                                + parts[0] + "', the union of concrete-table hierarchy " + root.type().getSimpleName()
                                + ", which is no table; refer to the table of one concrete class");
                    }
                }
                if (target == null) {
                    throw new MappingError("@ForeignKey(\"" + fk.target() + "\") on field " + fk.property()
                            + " refers to unknown table '" + parts[0] + "'; known tables: " + metadata.tables().keySet());
                }
                if (target.columnOrNull(parts[1]) == null) {
                    throw new MappingError("@ForeignKey(\"" + fk.target() + "\") on field " + fk.property()
                            + " refers to unknown column '" + parts[1] + "' of table '" + parts[0] + "'");
                }
            }
        }
        for (Mapper m : mappers.values()) {
            for (org.jalchemy.orm.internal.RelationshipProperty r : m.relationships()) {
                r.resolve();
            }
        }
    }

    /** How many entity classes {@code c} extends: unmapped base classes (such as {@link EntityBase}) do not change the order. */
    private static int depth(Class<?> c) {
        int d = 0;
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (k.isAnnotationPresent(Entity.class)) {
                d++;
            }
        }
        return d;
    }

    /** Points every relationship at this registry's mappers and lets {@code backref}s declare their reverse fields. */
    private void wireRelationships() {
        for (Mapper m : mappers.values()) {
            for (org.jalchemy.orm.internal.RelationshipProperty r : m.relationships()) {
                org.jalchemy.orm.internal.Relationships.wire(r, this::mapperOrNull);
            }
        }
    }

    /** The mapper of {@code type} in this registry. */
    Mapper mapper(Class<?> type) {
        Mapper m = mapperOrNull(type);
        if (m == null) {
            throw new UnmappedClassError("Class " + type.getName() + " is not mapped by this registry; call registry.map("
                    + type.getSimpleName() + ".class)");
        }
        return m;
    }

    Mapper mapperOrNull(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Mapper m = mappers.get(c);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * A MetaData that checks the registry's foreign keys before creating tables, and knows the root table of each
     * joined-table subclass table it holds (the flush ranks a hierarchy's tables as one).
     */
    private final class RegistryMetaData extends MetaData
            implements org.jalchemy.orm.internal.JoinedRoots, org.jalchemy.orm.internal.TableNaming {
        @Override public String tableName(String declared) { return tablePrefix + declared; }

        private final Map<Table, Table> joinedRoots = new java.util.concurrent.ConcurrentHashMap<>();

        @Override public void joinedRoot(Table table, Table root) { joinedRoots.put(table, root); }

        @Override public Table joinedRoot(Table table) { return joinedRoots.get(table); }

        @Override public void createAll(Connection conn, Collection<Table> subset, boolean checkFirst) {
            configure();
            registerWith(conn.engine());
            super.createAll(conn, subset, checkFirst);
        }
    }
}
