package org.jalchemy.orm.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Embedded;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Transient;
import org.jalchemy.orm.Version;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Column;
import org.jalchemy.types.SqlType;

/**
 * An {@code @Embedded} field: a value object whose components are columns of the owner's table. Each component
 * is a {@link ColumnProperty} (field name {@code field.component}) that reads through the value, so snapshots and
 * change detection work on the flat column values: replacing the value, or changing a component of a mutable
 * one, is a change of the columns that differ. Writing one column rebuilds the value with that component replaced
 * (the value the user holds is never mutated); a row whose columns are all NULL is a null value.
 */
public final class EmbeddedProperty {
    private static final MethodHandle COMPONENT;
    private static final MethodHandle SET_COMPONENT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            COMPONENT = l.findVirtual(EmbeddedProperty.class, "component", MethodType.methodType(Object.class, Object.class, int.class));
            SET_COMPONENT = l.findVirtual(EmbeddedProperty.class, "setComponent",
                    MethodType.methodType(void.class, Object.class, int.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String owner;
    private final String fieldName;
    private final Class<?> valueType;
    private final MethodHandle ownerGetter;
    /** Null when the owner is a record (its field cannot be written). */
    private final MethodHandle ownerSetter;
    private final String[] names;
    private final Class<?>[] types;
    private final MethodHandle[] getters;
    /** Record value: the canonical constructor spread over an Object[]; class value: its no-argument constructor. */
    private final MethodHandle constructor;
    /** Class value: the field setters; null for a record value. */
    private final MethodHandle[] setters;
    private final List<ColumnProperty> properties = new ArrayList<>();
    private final List<Mapper.ForeignKeyDecl> foreignKeys = new ArrayList<>();
    private final int first;

    private EmbeddedProperty(String owner, String fieldName, Class<?> valueType, MethodHandle ownerGetter, MethodHandle ownerSetter,
                             String[] names, Class<?>[] types, MethodHandle[] getters, MethodHandle constructor,
                             MethodHandle[] setters, int first) {
        this.owner = owner;
        this.fieldName = fieldName;
        this.valueType = valueType;
        this.ownerGetter = ownerGetter;
        this.ownerSetter = ownerSetter;
        this.names = names;
        this.types = types;
        this.getters = getters;
        this.constructor = constructor;
        this.setters = setters;
        this.first = first;
    }

    /**
     * Maps {@code field} of {@code ownerType}: its properties take indexes from {@code first} on.
     *
     * @throws MappingError naming the field and component when the value class or a component cannot be mapped
     */
    static EmbeddedProperty create(Class<?> ownerType, Field field, MethodHandles.Lookup ownerLookup, int first,
                                   org.jalchemy.schema.MetaData metadata) {
        String where = ownerType.getSimpleName() + "." + field.getName();
        Class<?> vt = field.getType();
        if (vt.isPrimitive() || vt.isArray() || vt.isInterface() || Modifier.isAbstract(vt.getModifiers())
                || vt.isAnnotationPresent(org.jalchemy.orm.Entity.class)) {
            throw new MappingError("@Embedded field " + where + " has type " + vt.getName()
                    + ", which is not a value class (a record, or a concrete class with a no-argument constructor, that is not an @Entity)");
        }
        for (Class<?> a : List.of(Id.class, Version.class, ForeignKey.class)) {
            if (field.isAnnotationPresent(a.asSubclass(java.lang.annotation.Annotation.class))) {
                throw new MappingError("@Embedded field " + where + " cannot be @" + a.getSimpleName() + " (only its columns are columns)");
            }
        }
        MethodHandle ownerGetter;
        MethodHandle ownerSetter = null;
        try {
            ownerGetter = ownerLookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
            if (!ownerType.isRecord()) {
                ownerSetter = ownerLookup.unreflectSetter(field).asType(MethodType.methodType(void.class, Object.class, Object.class));
            }
        } catch (IllegalAccessException e) {
            throw new MappingError("Cannot access @Embedded field " + where + " (final fields of a class cannot be mapped)", e);
        }
        MethodHandles.Lookup lookup;
        EmbeddedProperty.class.getModule().addReads(vt.getModule());
        try {
            lookup = MethodHandles.privateLookupIn(vt, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new MappingError("Cannot access value class " + vt.getName() + " of @Embedded field " + where
                    + ": open its package to module org.jalchemy.orm", e);
        }
        List<Field> fields = new ArrayList<>();
        if (vt.isRecord()) {
            for (RecordComponent rc : vt.getRecordComponents()) {
                try {
                    fields.add(vt.getDeclaredField(rc.getName()));
                } catch (NoSuchFieldException e) {
                    throw new MappingError("Record " + vt.getName() + " has no field for component " + rc.getName(), e);
                }
            }
        } else {
            for (Field f : vt.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (!Modifier.isStatic(mod) && !Modifier.isTransient(mod) && !f.isSynthetic() && !f.isAnnotationPresent(Transient.class)) {
                    fields.add(f);
                }
            }
        }
        if (fields.isEmpty()) {
            throw new MappingError("Value class " + vt.getName() + " of @Embedded field " + where + " has no fields to map");
        }
        int n = fields.size();
        String[] names = new String[n];
        Class<?>[] types = new Class<?>[n];
        MethodHandle[] getters = new MethodHandle[n];
        MethodHandle[] setters = vt.isRecord() ? null : new MethodHandle[n];
        MethodHandle ctor;
        try {
            for (int i = 0; i < n; i++) {
                Field f = fields.get(i);
                names[i] = f.getName();
                types[i] = f.getType();
                getters[i] = lookup.unreflectGetter(f).asType(MethodType.methodType(Object.class, Object.class));
                if (setters != null) {
                    setters[i] = lookup.unreflectSetter(f).asType(MethodType.methodType(void.class, Object.class, Object.class));
                }
            }
        } catch (IllegalAccessException e) {
            throw new MappingError("Cannot access the fields of value class " + vt.getName() + " of @Embedded field " + where
                    + " (a class's final fields cannot be written: make it a record, or its fields non-final)", e);
        }
        try {
            if (vt.isRecord()) {
                ctor = lookup.findConstructor(vt, MethodType.methodType(void.class, types));
                ctor = ctor.asType(ctor.type().generic()).asSpreader(Object[].class, n);
            } else {
                ctor = lookup.findConstructor(vt, MethodType.methodType(void.class)).asType(MethodType.methodType(Object.class));
            }
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new MappingError("Value class " + vt.getName() + " of @Embedded field " + where
                    + " needs " + (vt.isRecord() ? "an accessible canonical constructor" : "a no-argument constructor"), e);
        }
        EmbeddedProperty ep = new EmbeddedProperty(ownerType.getSimpleName(), field.getName(), vt, ownerGetter, ownerSetter,
                names, types, getters, ctor, setters, first);
        String prefix = field.getAnnotation(Embedded.class).prefix();
        if (prefix.isEmpty()) {
            prefix = Naming.snakeCase(field.getName()) + "_";
        }
        for (int i = 0; i < n; i++) {
            ep.addColumn(fields.get(i), i, prefix, where, metadata);
        }
        return ep;
    }

    private void addColumn(Field f, int i, String prefix, String where, org.jalchemy.schema.MetaData metadata) {
        String at = where + "." + f.getName();
        if (f.isAnnotationPresent(Id.class) || f.isAnnotationPresent(Version.class) || f.isAnnotationPresent(Embedded.class)
                || RelationshipProperty.isRelationship(f)) {
            throw new MappingError("Component " + at + " of an @Embedded value cannot be @Id, @Version, @Embedded or a relationship");
        }
        org.jalchemy.orm.Column ann = f.getAnnotation(org.jalchemy.orm.Column.class);
        SqlType<?> sqlType = TypeMapping.sqlType(f, ann);
        if (sqlType == null) {
            throw new MappingError("Component " + at + " has type " + f.getGenericType().getTypeName()
                    + ", which cannot be mapped to a column; supported: " + TypeMapping.supported());
        }
        String name = ann != null && !ann.name().isEmpty() ? ann.name() : prefix + Naming.snakeCase(f.getName());
        @SuppressWarnings("unchecked")
        Column<Object> col = new Column<>(name, (SqlType<Object>) sqlType);
        // nullable unless said otherwise, primitives too: a null value is stored as NULL in every column
        if (ann != null) {
            if (!ann.nullable()) col.notNull();
            if (ann.unique()) col.unique();
            if (ann.index()) col.index();
        }
        ForeignKey fk = f.getAnnotation(ForeignKey.class);
        if (fk != null) {
            if (!fk.value().matches("[^.]+\\.[^.]+")) {
                throw new MappingError("@ForeignKey(\"" + fk.value() + "\") on component " + at + " must name a column as \"table.column\"");
            }
            col.references(TableNaming.column(metadata, fk.value()));
            if (!fk.onDelete().isEmpty()) {
                col.onDelete(fk.onDelete());
            }
        }
        MethodHandle getter = MethodHandles.insertArguments(COMPONENT.bindTo(this), 1, i);
        MethodHandle setter = MethodHandles.insertArguments(SET_COMPONENT.bindTo(this), 1, i);
        Class<?> boxed = MethodType.methodType(types[i]).wrap().returnType();
        ColumnProperty p = new ColumnProperty(first + i, owner, fieldName + "." + names[i], boxed, col, getter, setter);
        properties.add(p);
        if (fk != null) {
            foreignKeys.add(new Mapper.ForeignKeyDecl(p, TableNaming.column(metadata, fk.value())));
        }
    }

    /** The name of the owner's field. */
    public String fieldName() { return fieldName; }

    /** The value class. */
    public Class<?> valueType() { return valueType; }

    /** One column property per component, in component order. */
    public List<ColumnProperty> properties() { return properties; }

    /** Foreign keys declared on components. */
    List<Mapper.ForeignKeyDecl> foreignKeys() { return foreignKeys; }

    /** Whether property index {@code index} is one of this value's columns. */
    boolean covers(int index) {
        return index >= first && index < first + names.length;
    }

    /** The value built from its columns in {@code values} (property order); null when they are all NULL. */
    public Object assemble(Object[] values) {
        Object[] comps = new Object[names.length];
        boolean any = false;
        for (int i = 0; i < comps.length; i++) {
            comps[i] = values[first + i];
            any |= comps[i] != null;
        }
        return any ? build(comps) : null;
    }

    /** Stores {@code value} in the owner's field (a class owner; a record owner gets its values through its constructor). */
    void setValue(Object owner, Object value) {
        try {
            ownerSetter.invokeExact(owner, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private Object build(Object[] comps) {
        for (int i = 0; i < comps.length; i++) {
            if (comps[i] == null && types[i].isPrimitive()) {
                comps[i] = defaultValue(types[i]);
            }
        }
        try {
            if (setters == null) {
                return constructor.invokeExact(comps);
            }
            Object v = constructor.invokeExact();
            for (int i = 0; i < comps.length; i++) {
                setters[i].invokeExact(v, comps[i]);
            }
            return v;
        } catch (ClassCastException e) {
            throw new MappingError("Cannot build " + valueType.getName() + " for " + owner + "." + fieldName + " from "
                    + java.util.Arrays.toString(comps) + ": a value does not match its component's type", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new MappingError("Constructor of " + valueType.getName() + " (" + owner + "." + fieldName + ") failed: " + t, t);
        }
    }

    private Object read(Object value, int i) {
        try {
            return getters[i].invokeExact(value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private Object valueOf(Object owner) {
        try {
            return ownerGetter.invokeExact(owner);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Component {@code i} of the owner's value; null when the value is null. */
    @SuppressWarnings("unused")
    private Object component(Object owner, int i) {
        Object v = valueOf(owner);
        return v == null ? null : read(v, i);
    }

    /** Replaces the owner's value by one whose component {@code i} is {@code value} (nothing when it already is). */
    @SuppressWarnings("unused")
    private void setComponent(Object owner, int i, Object value) {
        Object v = valueOf(owner);
        if (ColumnProperty.same(v == null ? null : read(v, i), value)) {
            return;
        }
        if (ownerSetter == null) {
            throw new MappingError("Cannot set " + this.owner + "." + fieldName + "." + names[i] + " to " + value
                    + ": " + this.owner + " is a record, so its fields are final; merge a new instance (session.merge(copy))");
        }
        Object[] comps = new Object[names.length];
        boolean any = false;
        for (int j = 0; j < comps.length; j++) {
            comps[j] = j == i ? value : v == null ? null : read(v, j);
            any |= comps[j] != null;
        }
        setValue(owner, any ? build(comps) : null);
    }

    /** The value a primitive of {@code type} has before assignment (null for a reference type). */
    static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive()) return null;
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == boolean.class) return false;
        if (type == double.class) return 0d;
        if (type == float.class) return 0f;
        if (type == short.class) return (short) 0;
        if (type == byte.class) return (byte) 0;
        return '\0';
    }

    @Override public String toString() { return owner + "." + fieldName; }
}
