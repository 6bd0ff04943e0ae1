package org.jalchemy.types;

/**
 * One method per built-in type: how dialects give each type its DDL name and JDBC handler.
 * A {@link TypeDecorator} is treated as its underlying type unless a visitor says otherwise.
 *
 * @param <R> what the visit produces (a type name, a handler, ...)
 */
public interface TypeVisitor<R> {
    /** A {@link IntegerType}. */
    R visitInteger(IntegerType type);
    /** A {@link BigIntegerType}. */
    R visitBigInteger(BigIntegerType type);
    /** A {@link SmallIntegerType}. */
    R visitSmallInteger(SmallIntegerType type);
    /** A {@link StringType}. */
    R visitString(StringType type);
    /** A {@link TextType}. */
    R visitText(TextType type);
    /** A {@link BooleanType}. */
    R visitBoolean(BooleanType type);
    /** A {@link FloatType}. */
    R visitFloat(FloatType type);
    /** A {@link DoubleType}. */
    R visitDouble(DoubleType type);
    /** A {@link NumericType}. */
    R visitNumeric(NumericType type);
    /** A {@link DateType}. */
    R visitDate(DateType type);
    /** A {@link TimeType}. */
    R visitTime(TimeType type);
    /** A {@link DateTimeType}. */
    R visitDateTime(DateTimeType type);
    /** A {@link TimestampTzType}. */
    R visitTimestampTz(TimestampTzType type);
    /** A {@link IntervalType}. */
    R visitInterval(IntervalType type);
    /** A {@link LargeBinaryType}. */
    R visitLargeBinary(LargeBinaryType type);
    /** A {@link EnumType}. */
    R visitEnum(EnumType<?> type);
    /** A {@link JsonType}. */
    R visitJson(JsonType type);
    /** A {@link UuidType}. */
    R visitUuid(UuidType type);
    /** A {@link NullType}. */
    R visitNull(NullType type);

    /** A decorated type is, by default, whatever its implementation type is. */
    default R visitDecorator(TypeDecorator<?, ?> type) {
        return type.impl().accept(this);
    }
}
