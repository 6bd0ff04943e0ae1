package org.jalchemy.dialect;

import org.jalchemy.exc.CompileError;
import org.jalchemy.types.BigIntegerType;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DateType;
import org.jalchemy.types.DoubleType;
import org.jalchemy.types.EnumType;
import org.jalchemy.types.FloatType;
import org.jalchemy.types.IntegerType;
import org.jalchemy.types.IntervalType;
import org.jalchemy.types.JsonType;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.NullType;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.SmallIntegerType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TextType;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TimestampTzType;
import org.jalchemy.types.TypeVisitor;
import org.jalchemy.types.UuidType;

/** Standard SQL type names; each dialect extends this and overrides the names it spells differently. */
public class StandardTypeNames implements TypeVisitor<String> {
    @Override public String visitInteger(IntegerType t) { return "INTEGER"; }
    @Override public String visitBigInteger(BigIntegerType t) { return "BIGINT"; }
    @Override public String visitSmallInteger(SmallIntegerType t) { return "SMALLINT"; }
    @Override public String visitString(StringType t) { return t.length() == null ? "VARCHAR" : "VARCHAR(" + t.length() + ")"; }
    @Override public String visitText(TextType t) { return "TEXT"; }
    @Override public String visitBoolean(BooleanType t) { return "BOOLEAN"; }
    @Override public String visitFloat(FloatType t) { return "REAL"; }
    @Override public String visitDouble(DoubleType t) { return "DOUBLE PRECISION"; }
    @Override public String visitNumeric(NumericType t) {
        if (t.precision() == null) {
            return "NUMERIC";
        }
        return "NUMERIC(" + t.precision() + (t.scale() == null ? "" : ", " + t.scale()) + ")";
    }
    @Override public String visitDate(DateType t) { return "DATE"; }
    @Override public String visitTime(TimeType t) { return "TIME"; }
    @Override public String visitDateTime(DateTimeType t) { return "TIMESTAMP"; }
    @Override public String visitTimestampTz(TimestampTzType t) { return "TIMESTAMP WITH TIME ZONE"; }
    @Override public String visitInterval(IntervalType t) { return "BIGINT"; }
    @Override public String visitLargeBinary(LargeBinaryType t) { return "BLOB"; }
    /** An enum is the dialect's string type, as long as the longest constant name. */
    @Override public String visitEnum(EnumType<?> t) { return visitString(new StringType(t.length())); }
    @Override public String visitJson(JsonType t) { return "JSON"; }
    @Override public String visitUuid(UuidType t) { return "CHAR(36)"; }
    @Override public String visitNull(NullType t) {
        throw new CompileError("A column needs a concrete type; NULLTYPE has no DDL name");
    }
}
