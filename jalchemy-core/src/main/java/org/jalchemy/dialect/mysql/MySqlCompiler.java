package org.jalchemy.dialect.mysql;

import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.StandardTypeNames;
import org.jalchemy.exc.CompileError;
import org.jalchemy.sql.BinaryExpression;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.DatePart;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.ExcludedColumn;
import org.jalchemy.sql.Join;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.UnaryExpression;
import org.jalchemy.sql.UpsertClause;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.BigIntegerType;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DoubleType;
import org.jalchemy.types.EnumType;
import org.jalchemy.types.IntervalType;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.TimestampTzType;
import org.jalchemy.types.FloatType;
import org.jalchemy.types.IntegerType;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.SmallIntegerType;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TextType;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TypeVisitor;

/**
 * MySQL/MariaDB SQL: an OFFSET needs a LIMIT, so an offset alone gets the largest LIMIT; {@code ||} is OR
 * there, so concatenation is {@code concat(a, b)}; NULLS FIRST/LAST are emulated with {@code x IS NULL}
 * sort keys; upserts are ON DUPLICATE KEY UPDATE; no FULL OUTER JOIN.
 */
public class MySqlCompiler extends SqlCompiler {
    /** CAST target names: MySQL casts to CHAR, SIGNED, DECIMAL, DATETIME rather than the DDL names. */
    private static final TypeVisitor<String> CAST_NAMES = new StandardTypeNames() {
        @Override public String visitString(StringType t) { return "CHAR"; }
        @Override public String visitText(TextType t) { return "CHAR"; }
        @Override public String visitInteger(IntegerType t) { return "SIGNED"; }
        @Override public String visitBigInteger(BigIntegerType t) { return "SIGNED"; }
        @Override public String visitSmallInteger(SmallIntegerType t) { return "SIGNED"; }
        @Override public String visitBoolean(BooleanType t) { return "SIGNED"; }
        @Override public String visitFloat(FloatType t) { return "DOUBLE"; }
        @Override public String visitDouble(DoubleType t) { return "DOUBLE"; }
        @Override public String visitNumeric(NumericType t) { return super.visitNumeric(t).replace("NUMERIC", "DECIMAL"); }
        @Override public String visitTime(TimeType t) { return "TIME(6)"; }
        @Override public String visitDateTime(DateTimeType t) { return "DATETIME(6)"; }
        @Override public String visitTimestampTz(TimestampTzType t) { return "DATETIME(6)"; }
        @Override public String visitInterval(IntervalType t) { return "SIGNED"; }
        @Override public String visitLargeBinary(LargeBinaryType t) { return "BINARY"; }
        @Override public String visitEnum(EnumType<?> t) { return "CHAR"; }
    };

    /** A compiler for one statement. */
    public MySqlCompiler(Dialect dialect, CacheKey key, Map<String, Integer> expanding) {
        super(dialect, key, expanding);
    }

    @Override protected void limitOffset(ColumnElement<Integer> limit, ColumnElement<Integer> offset) {
        if (limit == null && offset != null) {
            append(" LIMIT 18446744073709551615 OFFSET ");
            process(offset);
            return;
        }
        super.limitOffset(limit, offset);
    }

    @Override public void visitBinary(BinaryExpression<?> e) {
        if (e.operator() != Operator.CONCAT) {
            super.visitBinary(e);
            return;
        }
        append("concat(");
        process(e.left());
        append(", ");
        process(e.right());
        append(")");
    }

    /** {@code x NULLS FIRST} becomes {@code x IS NULL DESC, x}; {@code NULLS LAST} becomes {@code x IS NULL, x}. */
    @Override public void visitUnary(UnaryExpression<?> e) {
        boolean first = e.operator() == Operator.NULLS_FIRST;
        if (!first && e.operator() != Operator.NULLS_LAST) {
            super.visitUnary(e);
            return;
        }
        ColumnElement<?> ordered = e.element();
        ColumnElement<?> target = ordered instanceof UnaryExpression<?> u
                && (u.operator() == Operator.ASC || u.operator() == Operator.DESC) ? u.element() : ordered;
        processOperand(target, Operator.IS_NULL.precedence(), false);
        append(first ? " IS NULL DESC, " : " IS NULL, ");
        process(ordered);
    }

    @Override public void visitJoin(Join join) {
        if (join.full()) {
            throw new CompileError("The " + dialect.name() + " dialect does not support FULL OUTER JOIN");
        }
        super.visitJoin(join);
    }

    @Override protected String castTypeName(SqlType<?> type) {
        return type.accept(CAST_NAMES);
    }

    @Override protected boolean supportsLateral() {
        return !(dialect instanceof MariaDbDialect);
    }

    @Override public void visitExcluded(ExcludedColumn<?> column) {
        append("VALUES(");
        appendIdentifier(column.column().name());
        append(")");
    }

    @Override public void visitOnDuplicateKey(UpsertClause.OnDuplicateKey clause) {
        append(" ON DUPLICATE KEY UPDATE ");
        setList(clause.set());
    }

    /**
     * EXTRACT for the clock fields (SECOND is whole there); DAYOFWEEK counts 1 = Sunday, so one less; the epoch is
     * TIMESTAMPDIFF from 1970 in microseconds, floored to seconds as on the other databases (TIMESTAMPDIFF in
     * seconds truncates towards zero before 1970; UNIX_TIMESTAMP would read the value in the session time zone).
     */
    @Override protected void extract(DatePart field, ColumnElement<?> element) {
        switch (field) {
            case SECOND -> standardExtract("SECOND", element);
            case DOW -> {
                append("(DAYOFWEEK(");
                process(element);
                append(") - 1)");
            }
            case DOY -> {
                append("DAYOFYEAR(");
                process(element);
                append(")");
            }
            case EPOCH -> {
                append("FLOOR(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', ");
                process(element);
                append(") / 1000000)");
            }
            default -> super.extract(field, element);
        }
    }
}
