package org.jalchemy.dialect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
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
import org.jalchemy.types.JsonCodec;
import org.jalchemy.types.JsonType;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.NullType;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.SmallIntegerType;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TextType;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TimestampTzType;
import org.jalchemy.types.TypeDecorator;
import org.jalchemy.types.TypeVisitor;
import org.jalchemy.types.Types;
import org.jalchemy.types.UuidType;

/**
 * How a value of each type is written as an SQL literal, for what cannot be a bound parameter: server defaults,
 * {@code literalBinds} compilation and offline ({@code --sql}) migration scripts. The standard SQL forms are
 * here ({@code DATE '2024-02-29'}, {@code X'0102'}, exact decimals); a dialect subclasses this and overrides the
 * types its database writes differently, as it does for type names and JDBC handlers. Every literal reads back,
 * through the type's JDBC handler, as the value that was rendered. Strings go through the dialect's
 * {@link Dialect#quoteString}, the one place each dialect escapes text.
 */
public class SqlLiterals implements TypeVisitor<SqlLiterals.Renderer> {
    /** Writes one non-null value, already of the type's Java class, as SQL. */
    @FunctionalInterface
    public interface Renderer {
        /** The literal for {@code value}. */
        String render(Object value);
    }

    /** {@code 23:59:59.123456}: as many fraction digits as the value has. */
    protected static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().toFormatter();
    /** {@code 2024-02-29 23:59:59.123456}. */
    protected static final DateTimeFormatter DATETIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(TIME).toFormatter();

    /** The dialect whose strings and booleans these literals use. */
    protected final Dialect dialect;

    /** Literals for {@code dialect}. */
    public SqlLiterals(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A string literal, escaped by the dialect. */
    protected String string(String s) {
        return dialect.quoteString(s);
    }

    /** A timestamp with time zone as UTC wall-clock text, {@code 2024-02-29 23:59:59.123456}. */
    protected static String utc(OffsetDateTime v) {
        return DATETIME.format(v.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }

    @Override public Renderer visitInteger(IntegerType type) { return Object::toString; }

    @Override public Renderer visitBigInteger(BigIntegerType type) { return Object::toString; }

    @Override public Renderer visitSmallInteger(SmallIntegerType type) { return Object::toString; }

    @Override public Renderer visitString(StringType type) { return v -> string((String) v); }

    @Override public Renderer visitText(TextType type) { return v -> string((String) v); }

    /** {@code true} / {@code false} where the database has a boolean type, {@code 1} / {@code 0} elsewhere. */
    @Override public Renderer visitBoolean(BooleanType type) {
        return dialect.supportsNativeBoolean() ? v -> (Boolean) v ? "true" : "false" : v -> (Boolean) v ? "1" : "0";
    }

    /**
     * The float widened to a double, as the JDBC handlers bind it: a 4-byte column (PostgreSQL's REAL) reads it
     * back as the same float, and an 8-byte one (SQLite, MySQL's DOUBLE) stores what a bound parameter would.
     */
    @Override public Renderer visitFloat(FloatType type) {
        return v -> {
            double d = (Float) v;
            return Double.isFinite(d) ? Double.toString(d) : nonFinite(d, type);
        };
    }

    /** The shortest decimal that reads back as the same double. */
    @Override public Renderer visitDouble(DoubleType type) {
        return v -> {
            double d = (Double) v;
            return Double.isFinite(d) ? Double.toString(d) : nonFinite(d, type);
        };
    }

    /** NaN or an infinity, which standard SQL cannot write; dialects that store them override this. */
    protected String nonFinite(double v, SqlType<?> type) {
        throw new CompileError(dialect.name() + " has no literal for the floating-point value " + v + " (" + type + ")");
    }

    /** Exact digits, never an exponent (MySQL would read {@code 1E+3} as a double). */
    @Override public Renderer visitNumeric(NumericType type) {
        return v -> ((BigDecimal) v).toPlainString();
    }

    @Override public Renderer visitDate(DateType type) {
        return v -> "DATE " + string(((LocalDate) v).toString());
    }

    @Override public Renderer visitTime(TimeType type) {
        return v -> "TIME " + string(TIME.format((LocalTime) v));
    }

    @Override public Renderer visitDateTime(DateTimeType type) {
        return v -> "TIMESTAMP " + string(DATETIME.format((LocalDateTime) v));
    }

    /** Standard SQL, at offset UTC as values are read back. */
    @Override public Renderer visitTimestampTz(TimestampTzType type) {
        return v -> "TIMESTAMP WITH TIME ZONE " + string(utc((OffsetDateTime) v) + "+00:00");
    }

    /** Whole microseconds, as databases without an interval type store a Duration. */
    @Override public Renderer visitInterval(IntervalType type) {
        return v -> {
            java.time.Duration d = (java.time.Duration) v;
            return Long.toString(Math.addExact(Math.multiplyExact(d.getSeconds(), 1_000_000L), d.getNano() / 1000L));
        };
    }

    /** The standard hexadecimal binary literal {@code X'0102'}. */
    @Override public Renderer visitLargeBinary(LargeBinaryType type) {
        return v -> "X'" + HexFormat.of().formatHex((byte[]) v) + "'";
    }

    /** The constant's name, as enums are stored. */
    @Override public Renderer visitEnum(EnumType<?> type) {
        return v -> string(((Enum<?>) v).name());
    }

    /** The JSON text, as the JSON handler binds it. */
    @Override public Renderer visitJson(JsonType type) {
        return v -> string(JsonCodec.write(v));
    }

    /** The 36-character text form. */
    @Override public Renderer visitUuid(UuidType type) {
        return v -> string(v.toString());
    }

    /** An untyped value is written as the type its class implies ({@code Types.forValue}); other numbers as digits. */
    @Override public Renderer visitNull(NullType type) {
        return v -> {
            SqlType<?> implied = Types.forValue(v);
            if (!(implied instanceof NullType)) {
                return implied.accept(this).render(v);
            }
            if (v instanceof java.math.BigInteger) {
                return v.toString();
            }
            throw new CompileError("Cannot write a " + v.getClass().getName() + " as an SQL literal; give the value a type, "
                    + "e.g. literal(value, STRING)");
        };
    }

    /** A decorated value is converted to the database value, then written as the implementation type. */
    @Override public Renderer visitDecorator(TypeDecorator<?, ?> type) {
        return decorated(type, type.impl().accept(this));
    }

    @SuppressWarnings("unchecked")
    private static <J, D> Renderer decorated(TypeDecorator<J, D> type, Renderer impl) {
        return v -> {
            D db = type.toDatabase((J) v);
            return db == null ? "NULL" : impl.render(db);
        };
    }
}
