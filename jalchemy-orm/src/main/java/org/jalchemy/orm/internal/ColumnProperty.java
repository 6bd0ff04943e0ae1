package org.jalchemy.orm.internal;

import java.lang.invoke.MethodHandle;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Column;

/**
 * One mapped field and its column. Reads and writes the field through MethodHandles adapted once to
 * {@code (Object)Object} and {@code (Object,Object)void}, so no reflection happens per access.
 */
public final class ColumnProperty {
    private final int index;
    private final String fieldName;
    private final Class<?> fieldType;
    private final Column<Object> column;
    private final MethodHandle getter;
    private final MethodHandle setter;
    private final String owner;

    ColumnProperty(int index, String owner, String fieldName, Class<?> fieldType, Column<Object> column,
                   MethodHandle getter, MethodHandle setter) {
        this.index = index;
        this.owner = owner;
        this.fieldName = fieldName;
        this.fieldType = fieldType;
        this.column = column;
        this.getter = getter;
        this.setter = setter;
    }

    /** Position among the mapper's properties (and in snapshots). */
    public int index() { return index; }

    /** The Java field name. */
    public String fieldName() { return fieldName; }

    /** The Java field type. */
    public Class<?> fieldType() { return fieldType; }

    /** The Core column. */
    public Column<Object> column() { return column; }

    /** The field's value in {@code obj}, boxed. */
    public Object get(Object obj) {
        try {
            return getter.invokeExact(obj);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Stores {@code value} (already of the column's Java type) in the field of {@code obj}. */
    public void set(Object obj, Object value) {
        if (value == null && fieldType.isPrimitive()) {
            throw new MappingError("Cannot store NULL from column '" + column + "' in primitive field "
                    + owner + "." + fieldName + " (" + fieldType + "); use the wrapper type");
        }
        try {
            setter.invokeExact(obj, value);
        } catch (ClassCastException e) {
            throw new MappingError("Cannot store " + value + " (" + value.getClass().getName() + ") in field "
                    + owner + "." + fieldName + " (" + fieldType.getName() + ")", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Whether the field of {@code obj} holds no value yet: null, or 0 in a primitive numeric field (so a
     * primitive {@code int id} or {@code int version} can be left for JAlchemy to fill in).
     */
    public boolean isUnset(Object obj) {
        Object v = get(obj);
        return v == null || (fieldType.isPrimitive() && v instanceof Number n && n.longValue() == 0);
    }

    /** Empties the field of {@code obj}: null, or 0 for a primitive numeric field. */
    public void clear(Object obj) {
        if (!fieldType.isPrimitive()) {
            set(obj, null);
        } else if (fieldType == int.class) {
            set(obj, 0);
        } else if (fieldType == long.class) {
            set(obj, 0L);
        }
    }

    /**
     * Whether two values of this property are the same for change detection: arrays by content, BigDecimal
     * by numeric value (so 10.5 and 10.5000 read back are not a change).
     */
    public static boolean same(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    @Override public String toString() { return owner + "." + fieldName; }
}
