package org.jalchemy.dialect.oracle;

import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.CacheKey;
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
}
