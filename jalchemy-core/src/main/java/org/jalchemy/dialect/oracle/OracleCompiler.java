package org.jalchemy.dialect.oracle;

import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.DatePart;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.CompoundSelect;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TextType;

/**
 * Oracle's SQL: {@code OFFSET ? ROWS FETCH FIRST ? ROWS ONLY} (12c+), {@code FROM DUAL}, aliases without AS,
 * MINUS for EXCEPT, recursive WITH without the RECURSIVE keyword.
 */
public class OracleCompiler extends SqlCompiler {
    /** A compiler for one statement. */
    public OracleCompiler(Dialect dialect, CacheKey key, Map<String, Integer> expanding) {
        super(dialect, key, expanding);
    }

    @Override protected void limitOffset(ColumnElement<Integer> limit, ColumnElement<Integer> offset) {
        if (offset != null) {
            append(" OFFSET ");
            process(offset);
            append(" ROWS");
        }
        if (limit != null) {
            append(" FETCH FIRST ");
            process(limit);
            append(" ROWS ONLY");
        }
    }

    @Override protected String aliasKeyword() { return " "; }

    /** GROUP BY 1 is a constant before 23ai (and only an option there). */
    @Override protected boolean groupByPosition() { return false; }

    @Override protected String recursiveKeyword() { return ""; }

    @Override protected String compoundKeyword(CompoundSelect.Kind kind) {
        return switch (kind) {
            case EXCEPT -> "MINUS";
            default -> kind.sql();
        };
    }

    /** A CLOB cannot be a CAST target for text; VARCHAR2(4000) can. */
    @Override protected String castTypeName(SqlType<?> type) {
        if (type instanceof StringType || type instanceof TextType) {
            return type instanceof StringType s && s.length() != null ? "VARCHAR2(" + s.length() + " CHAR)" : "VARCHAR2(4000 CHAR)";
        }
        return super.castTypeName(type);
    }

    /** Oracle has no boolean values in SQL (before 23c), so a constant condition stands for them. */
    @Override public void visitBooleanLiteral(org.jalchemy.sql.BooleanLiteral literal) {
        append(literal.value() ? dialect.trueExpression() : dialect.falseExpression());
    }

    /**
     * TO_CHAR with NLS-independent formats (EXTRACT takes no HOUR from a DATE); the day of week counts from the ISO
     * week's Monday ({@code TRUNC(x, 'IW')}), shifted so 0 = Sunday; the epoch is days since 1970 times 86400
     * (ROUND: the CAST to DATE already dropped the fractions, and the day fraction is not exact in decimal).
     */
    @Override protected void extract(DatePart field, ColumnElement<?> element) {
        switch (field) {
            case DOW -> {
                append("MOD(TRUNC(");
                process(element);
                append(") - TRUNC(");
                process(element);
                append(", 'IW') + 1, 7)");
            }
            case EPOCH -> {
                append("ROUND((CAST(");
                process(element);
                append(" AS DATE) - DATE '1970-01-01') * 86400)");
            }
            default -> {
                String format = switch (field) {
                    case YEAR -> "YYYY";
                    case MONTH -> "MM";
                    case DAY -> "DD";
                    case HOUR -> "HH24";
                    case MINUTE -> "MI";
                    case SECOND -> "SS";
                    default -> "DDD";
                };
                append("TO_NUMBER(TO_CHAR(");
                process(element);
                append(", '").append(format).append("'))");
            }
        }
    }
}
