package org.jalchemy.dialect;

import java.util.Set;

/** Reserved-word lists used for quoting identifiers. */
public final class ReservedWords {
    private ReservedWords() {}

    /** SQL:2016 reserved words most databases also reserve, plus common ones (user, order, group, ...). */
    public static final Set<String> SQL_STANDARD = Set.of(
            "all", "alter", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "binary", "both", "by", "case", "cast", "check", "collate", "column", "constraint", "create",
            "cross", "current_date", "current_role", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "delete", "desc", "distinct", "do", "drop", "else", "end", "except", "exists", "false",
            "fetch", "for", "foreign", "from", "full", "grant", "group", "having", "ilike", "in", "index", "initially",
            "inner", "insert", "intersect", "into", "is", "isnull", "join", "key", "lateral", "leading", "left",
            "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset", "on",
            "only", "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right",
            "row", "rows", "select", "session_user", "set", "similar", "some", "symmetric", "table", "then", "to",
            "trailing", "true", "union", "unique", "update", "user", "using", "values", "variadic", "verbose",
            "when", "where", "window", "with");
}
