package org.jalchemy.dialect.postgresql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jalchemy.types.BigIntegerType;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DateType;
import org.jalchemy.types.DoubleType;
import org.jalchemy.types.EnumType;
import org.jalchemy.types.FloatType;
import org.jalchemy.types.IntegerType;
import org.jalchemy.types.IntervalType;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.JsonType;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.NullType;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.SmallIntegerType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TextType;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TimestampTzType;
import org.jalchemy.types.TypeDecorator;
import org.jalchemy.types.TypeVisitor;
import org.jalchemy.types.UuidType;

/**
 * The element type name pgjdbc's {@code createArrayOf} takes for an IN list's values sent as one array
 * ({@code x = ANY(?)}), or null for types whose Java values pgjdbc cannot put in an array as they are (binary,
 * JSON, intervals, enums, decorated types, untyped values): those IN lists stay {@code IN (?, ...)}.
 */
final class PostgresArrayTypes implements TypeVisitor<String> {
    static final PostgresArrayTypes INSTANCE = new PostgresArrayTypes();

    private PostgresArrayTypes() {
    }

    /** Binds a List of values as a PostgreSQL array of {@code elementType}. */
    static JdbcHandler<Object> handler(String elementType) {
        return new JdbcHandler<>() {
            @Override public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
                ps.setArray(index, ps.getConnection().createArrayOf(elementType, ((List<?>) value).toArray()));
            }

            @Override public Object read(ResultSet rs, int index) throws SQLException {
                return rs.getArray(index);
            }

            @Override public int nullType() {
                return java.sql.Types.ARRAY;
            }
        };
    }

    @Override public String visitInteger(IntegerType type) { return "int4"; }
    @Override public String visitBigInteger(BigIntegerType type) { return "int8"; }
    @Override public String visitSmallInteger(SmallIntegerType type) { return "int2"; }
    @Override public String visitString(StringType type) { return "text"; }
    @Override public String visitText(TextType type) { return "text"; }
    @Override public String visitBoolean(BooleanType type) { return "bool"; }
    @Override public String visitFloat(FloatType type) { return "float4"; }
    @Override public String visitDouble(DoubleType type) { return "float8"; }
    @Override public String visitNumeric(NumericType type) { return "numeric"; }
    @Override public String visitDate(DateType type) { return "date"; }
    @Override public String visitTime(TimeType type) { return "time"; }
    @Override public String visitDateTime(DateTimeType type) { return "timestamp"; }
    @Override public String visitTimestampTz(TimestampTzType type) { return "timestamptz"; }
    @Override public String visitUuid(UuidType type) { return "uuid"; }
    @Override public String visitInterval(IntervalType type) { return null; }
    @Override public String visitLargeBinary(LargeBinaryType type) { return null; }
    @Override public String visitEnum(EnumType<?> type) { return null; }
    @Override public String visitJson(JsonType type) { return null; }
    @Override public String visitNull(NullType type) { return null; }
    @Override public String visitDecorator(TypeDecorator<?, ?> type) { return null; }
}
