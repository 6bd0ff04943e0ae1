package org.jalchemy.orm.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.jalchemy.orm.exc.MappingError;

/**
 * Builds instances of a record entity through its canonical constructor: the arguments are taken from a row's
 * values (in property order) in component order, an {@code @Embedded} component assembled from its columns. The
 * constructor handle is resolved once per mapper and spread over an {@code Object[]}, so loading a row costs one
 * array and one constructor call.
 */
public final class RecordInstantiator {
    private static final MethodHandle REFUSE;

    static {
        try {
            REFUSE = MethodHandles.lookup().findStatic(RecordInstantiator.class, "refuse",
                    MethodType.methodType(void.class, MethodHandle.class, String.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Class<?> type;
    private final MethodHandle constructor;
    private final RecordComponent[] components;
    /** Per component: the index of its property in a values array, or -1 for an embedded component. */
    private int[] sources;
    private EmbeddedProperty[] embeddedAt;
    /** Component i is property i for every i: the values array is the argument array. */
    private boolean direct;

    private RecordInstantiator(Class<?> type, MethodHandle constructor, RecordComponent[] components) {
        this.type = type;
        this.constructor = constructor;
        this.components = components;
    }

    /**
     * The instantiator of record {@code type}, its canonical constructor found through {@code lookup}.
     *
     * @throws MappingError when the constructor is not accessible
     */
    static RecordInstantiator of(Class<?> type, MethodHandles.Lookup lookup) {
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
        }
        try {
            MethodHandle ctor = lookup.findConstructor(type, MethodType.methodType(void.class, types));
            ctor = ctor.asType(ctor.type().generic()).asSpreader(Object[].class, rc.length);
            return new RecordInstantiator(type, ctor, rc);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new MappingError("Cannot access the canonical constructor of record " + type.getName(), e);
        }
    }

    /** Matches each component with its property (or embedded value) by field name, once the mapper's properties are known. */
    void bind(List<ColumnProperty> properties, List<EmbeddedProperty> embedded) {
        int n = components.length;
        sources = new int[n];
        embeddedAt = new EmbeddedProperty[n];
        boolean d = properties.size() == n;
        for (int i = 0; i < n; i++) {
            String name = components[i].getName();
            sources[i] = -1;
            for (ColumnProperty p : properties) {
                if (p.fieldName().equals(name)) {
                    sources[i] = p.index();
                }
            }
            for (EmbeddedProperty e : embedded) {
                if (e.fieldName().equals(name)) {
                    embeddedAt[i] = e;
                }
            }
            if (sources[i] < 0 && embeddedAt[i] == null) {
                throw new MappingError("Record " + type.getName() + " has component '" + name + "', which is not mapped "
                        + "(a record is built through its canonical constructor, so every component must be a column or @Embedded)");
            }
            d &= sources[i] == i;
        }
        direct = d;
    }

    /**
     * A new record from {@code values} (in property order).
     *
     * @throws MappingError naming the component when a NULL would go into a primitive component, or a value has the wrong type
     */
    public Object instantiate(Object[] values) {
        Object[] args = direct ? values : new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            if (!direct) {
                args[i] = sources[i] >= 0 ? values[sources[i]] : embeddedAt[i].assemble(values);
            }
            if (args[i] == null && components[i].getType().isPrimitive()) {
                throw new MappingError("Cannot pass NULL for primitive component " + type.getSimpleName() + "."
                        + components[i].getName() + " (" + components[i].getType() + "); use the wrapper type");
            }
        }
        try {
            return constructor.invokeExact(args);
        } catch (ClassCastException e) {
            throw new MappingError("Cannot build record " + type.getName() + " from " + java.util.Arrays.toString(args)
                    + ": a value does not match its component's type", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new MappingError("Canonical constructor of " + type.getName() + " failed: " + t, t);
        }
    }

    /** A record with every component at its default (null, 0, false), for a dry run of an expression; null if the constructor refuses. */
    Object blank() {
        Object[] args = new Object[components.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = EmbeddedProperty.defaultValue(components[i].getType());
        }
        try {
            return constructor.invokeExact(args);
        } catch (Throwable t) {
            return null;
        }
    }

    /**
     * A setter for field {@code field} of a record: storing the value it already holds is a no-op (a reload that found
     * nothing changed); any other value is a MappingError, since the field is final.
     */
    static MethodHandle readOnlySetter(Class<?> type, String field, MethodHandle getter) {
        return MethodHandles.insertArguments(REFUSE, 0, getter, type.getName() + "." + field);
    }

    @SuppressWarnings("unused")
    private static void refuse(MethodHandle getter, String where, Object obj, Object value) throws Throwable {
        Object current = (Object) getter.invokeExact(obj);
        if (!ColumnProperty.same(current, value)) {
            throw new MappingError("Cannot set " + where + " to " + value + ": the class is a record, so its fields are final; "
                    + "change the row by merging a new instance (session.merge(copy))");
        }
    }
}
