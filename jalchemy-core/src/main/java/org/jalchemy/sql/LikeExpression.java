package org.jalchemy.sql;

import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * {@code element [NOT] LIKE pattern [ESCAPE 'c']}, or ILIKE (native on PostgreSQL, {@code lower(x) LIKE lower(p)}
 * elsewhere).
 *
 * @param operator LIKE, NOT_LIKE, ILIKE or NOT_ILIKE
 * @param escape the escape character, or null for none
 */
public record LikeExpression(ColumnElement<?> element, ColumnElement<?> pattern, Operator operator, Character escape)
        implements ColumnElement<Boolean> {
    /** The escape character the LIKE helpers (startsWith, endsWith, contains) use. */
    public static final char ESCAPE = '/';

    /** {@code value} with the LIKE wildcards and the escape character escaped, to match literally. */
    public static String escapeWildcards(String value) {
        StringBuilder b = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(ch);
        }
        return b.toString();
    }

    @Override public SqlType<Boolean> type() { return Types.BOOLEAN; }

    @Override public int precedence() { return Operator.LIKE.precedence(); }

    /** Whether the match ignores case. */
    public boolean caseInsensitive() { return operator == Operator.ILIKE || operator == Operator.NOT_ILIKE; }

    /** Whether it is NOT LIKE / NOT ILIKE. */
    public boolean negated() { return operator == Operator.NOT_LIKE || operator == Operator.NOT_ILIKE; }

    @Override public void accept(SqlVisitor visitor) { visitor.visitLike(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("like").add(operator).add(escape).add(element).add(pattern); }

    @Override public void collectFroms(java.util.Collection<FromClause> out) {
        element.collectFroms(out);
        pattern.collectFroms(out);
    }
}
