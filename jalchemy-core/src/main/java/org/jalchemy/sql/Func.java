package org.jalchemy.sql;

import java.time.LocalDateTime;
import java.util.List;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * SQL functions with their return types, reached as {@code func} from {@code Sql}:
 * {@code func.count()} (a {@code Long}), {@code func.lower(users.c("name"))}, {@code func.call("abs", INTEGER, x)}.
 */
public final class Func {
    /** The one instance, exposed as {@code Sql.func}. */
    public static final Func INSTANCE = new Func();

    private Func() {}

    /** Any function by name with its return type; the name must be a plain identifier. */
    public <T> FunctionCall<T> call(String name, SqlType<T> returnType, ColumnElement<?>... args) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new org.jalchemy.exc.ArgumentError("Not a function name: '" + name + "'");
        }
        return new FunctionCall<>(name, List.of(args), returnType);
    }

    /** {@code count(*)}. */
    public FunctionCall<Long> count() { return call("count", Types.BIGINT); }

    /** {@code count(expr)}: the non-null values. */
    public FunctionCall<Long> count(ColumnElement<?> expr) { return call("count", Types.BIGINT, expr); }

    /** {@code sum(expr)}, of the argument's type. */
    public <T> FunctionCall<T> sum(ColumnElement<T> expr) { return call("sum", expr.type(), expr); }

    /** {@code avg(expr)} as a decimal. */
    public FunctionCall<java.math.BigDecimal> avg(ColumnElement<?> expr) { return call("avg", Types.NUMERIC, expr); }

    /** {@code min(expr)}. */
    public <T> FunctionCall<T> min(ColumnElement<T> expr) { return call("min", expr.type(), expr); }

    /** {@code max(expr)}. */
    public <T> FunctionCall<T> max(ColumnElement<T> expr) { return call("max", expr.type(), expr); }

    /** {@code lower(expr)}. */
    public FunctionCall<String> lower(ColumnElement<?> expr) { return call("lower", Types.STRING, expr); }

    /** {@code upper(expr)}. */
    public FunctionCall<String> upper(ColumnElement<?> expr) { return call("upper", Types.STRING, expr); }

    /** {@code length(expr)}. */
    public FunctionCall<Integer> length(ColumnElement<?> expr) { return call("length", Types.INTEGER, expr); }

    /** {@code coalesce(a, b, ...)}, of the first argument's type. */
    @SafeVarargs
    public final <T> FunctionCall<T> coalesce(ColumnElement<T> first, ColumnElement<? extends T>... rest) {
        ColumnElement<?>[] args = new ColumnElement<?>[rest.length + 1];
        args[0] = first;
        System.arraycopy(rest, 0, args, 1, rest.length);
        return call("coalesce", first.type(), args);
    }

    /** {@code CURRENT_TIMESTAMP}, the database's current time. */
    public FunctionCall<LocalDateTime> currentTimestamp() { return call("CURRENT_TIMESTAMP", Types.DATETIME); }

    /** {@code now()}, rendered as CURRENT_TIMESTAMP where the database has no now(). */
    public FunctionCall<LocalDateTime> now() { return call("CURRENT_TIMESTAMP", Types.DATETIME); }

    /** Any function by name, untyped (values pass through as the driver returns them). */
    public FunctionCall<Object> call(String name, ColumnElement<?>... args) {
        return call(name, Types.NULLTYPE, args);
    }

    /** {@code row_number()}, for {@code .over(...)}. */
    public FunctionCall<Long> rowNumber() { return call("row_number", Types.BIGINT); }

    /** {@code rank()}, for {@code .over(...)}. */
    public FunctionCall<Long> rank() { return call("rank", Types.BIGINT); }

    /** {@code dense_rank()}, for {@code .over(...)}. */
    public FunctionCall<Long> denseRank() { return call("dense_rank", Types.BIGINT); }

    /** {@code CURRENT_DATE}. */
    public FunctionCall<java.time.LocalDate> currentDate() { return call("CURRENT_DATE", Types.DATE); }
}
