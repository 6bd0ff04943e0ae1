package org.jalchemy.sql;

/**
 * SQL operators with their default spelling and precedence (higher binds tighter). The compiler adds
 * parentheses only where a child binds more loosely than its parent; dialects respell what differs.
 */
public enum Operator {
    OR("OR", 2), AND("AND", 3), NOT("NOT", 4),
    IS("IS", 5), IS_NOT("IS NOT", 5), IS_NULL("IS NULL", 5), IS_NOT_NULL("IS NOT NULL", 5),
    EQ("=", 5), NE("!=", 5), LT("<", 5), LE("<=", 5), GT(">", 5), GE(">=", 5),
    LIKE("LIKE", 5), NOT_LIKE("NOT LIKE", 5), ILIKE("ILIKE", 5), NOT_ILIKE("NOT ILIKE", 5),
    IN("IN", 5), NOT_IN("NOT IN", 5), BETWEEN("BETWEEN", 5), NOT_BETWEEN("NOT BETWEEN", 5),
    EXISTS("EXISTS", 5),
    CONCAT("||", 6),
    ADD("+", 7), SUB("-", 7),
    MUL("*", 8), DIV("/", 8), MOD("%", 8),
    NEG("-", 9),
    ASC("ASC", 0), DESC("DESC", 0), NULLS_FIRST("NULLS FIRST", 0), NULLS_LAST("NULLS LAST", 0),
    DISTINCT("DISTINCT", 0),
    CUSTOM("", 5);

    private final String sql;
    private final int precedence;

    Operator(String sql, int precedence) {
        this.sql = sql;
        this.precedence = precedence;
    }

    /** The standard SQL spelling. */
    public String sql() { return sql; }

    /** Binding strength: 2 for OR up to 9 for unary minus; atoms are {@link Integer#MAX_VALUE}. */
    public int precedence() { return precedence; }
}
