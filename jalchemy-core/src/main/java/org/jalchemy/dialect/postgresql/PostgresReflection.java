package org.jalchemy.dialect.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.internal.ReflectionSupport;
import org.jalchemy.dialect.internal.TypeNameParser;
import org.jalchemy.engine.Connection;
import org.jalchemy.schema.ReflectedCheckConstraint;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.ReflectedForeignKey;
import org.jalchemy.schema.ReflectedIndex;
import org.jalchemy.schema.ReflectedPrimaryKey;
import org.jalchemy.schema.ReflectedUniqueConstraint;

/**
 * PostgreSQL reflection from {@code pg_catalog} in {@code current_schema()}. Types are {@code format_type} names
 * ({@code character varying(50)}, {@code timestamp without time zone}) mapped back; SERIAL and identity columns
 * are autoincrement. Constraints the user left unnamed carry PostgreSQL's names ({@code users_pkey},
 * {@code addresses_user_id_fkey}, {@code users_username_key}); indexes backing constraints are not listed as indexes.
 */
final class PostgresReflection extends ReflectionSupport {
    private static final String REL = "SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
            + "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname = ?";

    @Override public List<String> schemaNames(Connection conn) {
        return strings(conn, "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                + "AND nspname <> 'information_schema' ORDER BY nspname", List.of());
    }

    private List<String> relations(Connection conn, String kinds) {
        return strings(conn, "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN (" + kinds + ") "
                + "ORDER BY c.relname", List.of());
    }

    @Override public List<String> tableNames(Connection conn) {
        return relations(conn, "'r', 'p'");
    }

    @Override public List<String> viewNames(Connection conn) {
        return relations(conn, "'v', 'm'");
    }

    @Override public List<ReflectedColumn> columns(Connection conn, String table) {
        return query(conn, "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                + "pg_catalog.pg_get_expr(d.adbin, d.adrelid), pg_catalog.col_description(a.attrelid, a.attnum), "
                + "a.attidentity FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d "
                + "ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = (" + REL + ") "
                + "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", List.of(table), rs -> {
                    String type = rs.getString(2);
                    String dflt = rs.getString(4);
                    String identity = rs.getString(6);
                    boolean auto = (identity != null && !identity.isEmpty())
                            || (dflt != null && dflt.startsWith("nextval("));
                    return new ReflectedColumn(rs.getString(1), TypeNameParser.STANDARD.parse(type), type,
                            !rs.getBoolean(3), dflt, auto, rs.getString(5));
                });
    }

    /** Rows (constraint name, local column, referred table, referred column, on delete, on update, definition). */
    private record ConRow(String name, String column, String referredTable, String referredColumn, String delete,
                          String update, String definition) {}

    private List<ConRow> constraints(Connection conn, String table, String type) {
        return query(conn, "SELECT con.conname, a.attname, rc.relname, ra.attname, con.confdeltype, con.confupdtype, "
                + "pg_catalog.pg_get_constraintdef(con.oid) FROM pg_catalog.pg_constraint con "
                + "LEFT JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, fattnum, ord) ON true "
                + "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum "
                + "LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid "
                + "LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.fattnum "
                + "WHERE con.conrelid = (" + REL + ") AND con.contype = ? ORDER BY con.conname, k.ord",
                List.of(table, type), rs -> new ConRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
    }

    @Override public ReflectedPrimaryKey primaryKey(Connection conn, String table) {
        List<ConRow> rows = constraints(conn, table, "p");
        return rows.isEmpty() ? new ReflectedPrimaryKey(null, List.of())
                : new ReflectedPrimaryKey(rows.get(0).name(), rows.stream().map(ConRow::column).toList());
    }

    @Override public List<ReflectedForeignKey> foreignKeys(Connection conn, String table) {
        List<ReflectedForeignKey> out = new ArrayList<>();
        for (Map.Entry<String, List<ConRow>> e : group(constraints(conn, table, "f"), ConRow::name).entrySet()) {
            List<ConRow> rows = e.getValue();
            ConRow first = rows.get(0);
            out.add(new ReflectedForeignKey(e.getKey(), rows.stream().map(ConRow::column).toList(), first.referredTable(),
                    rows.stream().map(ConRow::referredColumn).toList(), actionCode(first.delete()), actionCode(first.update())));
        }
        return out;
    }

    /** pg_constraint's one-letter action codes. */
    private static String actionCode(String code) {
        return switch (code == null ? "a" : code) {
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            case "r" -> "RESTRICT";
            default -> null;
        };
    }

    @Override public List<ReflectedIndex> indexes(Connection conn, String table) {
        record Row(String name, String column, boolean unique) {}
        List<Row> rows = query(conn, "SELECT ic.relname, a.attname, i.indisunique FROM pg_catalog.pg_index i "
                + "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                + "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) "
                + "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0 "
                + "WHERE i.indrelid = (" + REL + ") AND NOT i.indisprimary "
                + "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con WHERE con.conindid = i.indexrelid "
                + "AND con.conrelid = i.indrelid) ORDER BY ic.relname, k.ord",
                List.of(table), rs -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
        List<ReflectedIndex> out = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : group(rows, Row::name).entrySet()) {
            out.add(new ReflectedIndex(e.getKey(), e.getValue().stream().map(Row::column).toList(),
                    e.getValue().get(0).unique()));
        }
        return out;
    }

    @Override public List<ReflectedUniqueConstraint> uniqueConstraints(Connection conn, String table) {
        List<ReflectedUniqueConstraint> out = new ArrayList<>();
        for (Map.Entry<String, List<ConRow>> e : group(constraints(conn, table, "u"), ConRow::name).entrySet()) {
            out.add(new ReflectedUniqueConstraint(e.getKey(), e.getValue().stream().map(ConRow::column).toList()));
        }
        return out;
    }

    @Override public List<ReflectedCheckConstraint> checkConstraints(Connection conn, String table) {
        List<ReflectedCheckConstraint> out = new ArrayList<>();
        for (Map.Entry<String, List<ConRow>> e : group(constraints(conn, table, "c"), ConRow::name).entrySet()) {
            out.add(new ReflectedCheckConstraint(e.getKey(), stripCheck(e.getValue().get(0).definition())));
        }
        return out;
    }

    /** {@code CHECK ((length(email) > 3))} → {@code length(email) > 3}. */
    static String stripCheck(String def) {
        String s = def.trim();
        if (s.regionMatches(true, 0, "CHECK", 0, 5)) {
            s = s.substring(5).trim();
        }
        if (s.endsWith(" NOT VALID")) {
            s = s.substring(0, s.length() - " NOT VALID".length()).trim();
        }
        while (s.startsWith("(") && s.endsWith(")") && wraps(s)) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /** Whether the first parenthesis of {@code s} closes at its last character. */
    private static boolean wraps(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i == s.length() - 1;
            }
        }
        return false;
    }
}
