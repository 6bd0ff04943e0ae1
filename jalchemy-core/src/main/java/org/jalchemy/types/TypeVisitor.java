package org.jalchemy.types;

/**
 * One method per built-in type: how dialects give each type its DDL name and JDBC handler.
 * A {@link TypeDecorator} is treated as its underlying type unless a visitor says otherwise.
 *
 * @param <R> what the visit produces (a type name, a handler, ...)
 */
public interface TypeVisitor<R> {
    R visitInteger(IntegerType type);
    R visitBigInteger(BigIntegerType type);
    R visitSmallInteger(SmallIntegerType type);
    R visitString(StringType type);
    R visitText(TextType type);
    R visitBoolean(BooleanType type);
    R visitFloat(FloatType type);
    R visitDouble(DoubleType type);
    R visitNumeric(NumericType type);
    R visitDate(DateType type);
    R visitTime(TimeType type);
    R visitDateTime(DateTimeType type);
    R visitTimestampTz(TimestampTzType type);
    R visitInterval(IntervalType type);
    R visitLargeBinary(LargeBinaryType type);
    R visitEnum(EnumType<?> type);
    R visitJson(JsonType type);
    R visitUuid(UuidType type);
    R visitNull(NullType type);

    /** A decorated type is, by default, whatever its implementation type is. */
    default R visitDecorator(TypeDecorator<?, ?> type) {
        return type.impl().accept(this);
    }
}
