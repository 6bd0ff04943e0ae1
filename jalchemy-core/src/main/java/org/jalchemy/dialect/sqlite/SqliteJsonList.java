package org.jalchemy.dialect.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.jalchemy.types.JsonCodec;
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
 * Whether an IN list's values can travel as one JSON array read back by {@code json_each(?)}, for lists longer than
 * SQLite's bound-parameter limit: integers and text, whose JSON values compare as the stored ones do. Other types
 * are stored in a form of their own (dates as ISO text, decimals, booleans as 0/1), so they keep {@code IN (?, ...)}.
 */
final class SqliteJsonList implements TypeVisitor<Boolean> {
    static final SqliteJsonList INSTANCE = new SqliteJsonList();

    /** Binds a List of integers or strings as JSON array text. */
    static final JdbcHandler<Object> HANDLER = new JdbcHandler<>() {
        @Override public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
            ps.setString(index, JsonCodec.write(value));
        }

        @Override public Object read(ResultSet rs, int index) throws SQLException {
            return rs.getString(index);
        }

        @Override public int nullType() {
            return java.sql.Types.VARCHAR;
        }
    };

    private SqliteJsonList() {
    }

    @Override public Boolean visitInteger(IntegerType type) { return true; }
    @Override public Boolean visitBigInteger(BigIntegerType type) { return true; }
    @Override public Boolean visitSmallInteger(SmallIntegerType type) { return true; }
    @Override public Boolean visitString(StringType type) { return true; }
    @Override public Boolean visitText(TextType type) { return true; }
    @Override public Boolean visitBoolean(BooleanType type) { return false; }
    @Override public Boolean visitFloat(FloatType type) { return false; }
    @Override public Boolean visitDouble(DoubleType type) { return false; }
    @Override public Boolean visitNumeric(NumericType type) { return false; }
    @Override public Boolean visitDate(DateType type) { return false; }
    @Override public Boolean visitTime(TimeType type) { return false; }
    @Override public Boolean visitDateTime(DateTimeType type) { return false; }
    @Override public Boolean visitTimestampTz(TimestampTzType type) { return false; }
    @Override public Boolean visitInterval(IntervalType type) { return false; }
    @Override public Boolean visitLargeBinary(LargeBinaryType type) { return false; }
    @Override public Boolean visitEnum(EnumType<?> type) { return false; }
    @Override public Boolean visitJson(JsonType type) { return false; }
    @Override public Boolean visitUuid(UuidType type) { return false; }
    @Override public Boolean visitNull(NullType type) { return false; }
    @Override public Boolean visitDecorator(TypeDecorator<?, ?> type) { return false; }
}
