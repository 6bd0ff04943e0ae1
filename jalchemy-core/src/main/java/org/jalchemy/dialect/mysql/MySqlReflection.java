package org.jalchemy.dialect.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalchemy.dialect.internal.ReflectionSupport;
import org.jalchemy.dialect.internal.TypeNameParser;
import org.jalchemy.engine.Connection;
import org.jalchemy.schema.ReflectedCheckConstraint;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.ReflectedForeignKey;
import org.jalchemy.schema.ReflectedIndex;
import org.jalchemy.schema.ReflectedPrimaryKey;
import org.jalchemy.schema.ReflectedUniqueConstraint;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * MySQL/MariaDB reflection from {@code information_schema} in {@code database()}. What this database reports
 * differently: the primary key is always called PRIMARY (reported as a null name); RESTRICT is the default
 * foreign-key action (reported as null, like NO ACTION); a unique index and a UNIQUE constraint are the same thing
 * (each is listed both as a unique index and as a unique constraint); the indexes InnoDB adds for foreign keys are
 * left out; {@code tinyint(1)} is BOOLEAN; MariaDB's JSON is LONGTEXT with a {@code json_valid} CHECK, reflected as
 * JSON with that check left out.
 */
final class MySqlReflection extends ReflectionSupport {
    private static final Pattern JSON_CHECK = Pattern.compile("(?i)^json_valid\\(`((?:[^`]|``)+)`\\)$");

    private static final TypeNameParser TYPES = new TypeNameParser() {
        @Override protected SqlType<?> map(String base, List<Integer> args) {
            if (base.equals("tinyint") && args.equals(List.of(1))) {
                return Types.BOOLEAN;
            }
            if (base.equals("year")) {
                return Types.SMALLINT;
            }
            return super.map(base, args);
        }
    };

    @Override public List<String> schemaNames(Connection conn) {
        return strings(conn, "SELECT schema_name FROM information_schema.schemata WHERE schema_name NOT IN "
                + "('information_schema', 'mysql', 'performance_schema', 'sys') ORDER BY schema_name", List.of());
    }

    private List<String> tables(Connection conn, String type) {
        return strings(conn, "SELECT table_name FROM information_schema.tables WHERE table_schema = database() "
                + "AND table_type = ? ORDER BY table_name", List.of(type));
    }

    @Override public List<String> tableNames(Connection conn) {
        return tables(conn, "BASE TABLE");
    }

    @Override public List<String> viewNames(Connection conn) {
        return tables(conn, "VIEW");
    }

    @Override public List<ReflectedColumn> columns(Connection conn, String table) {
        Map<String, Boolean> json = new HashMap<>();
        for (ReflectedCheckConstraint ck : allChecks(conn, table)) {
            String col = jsonColumn(ck);
            if (col != null) {
                json.put(col, true);
            }
        }
        return query(conn, "SELECT column_name, column_type, is_nullable, column_default, extra, column_comment "
                + "FROM information_schema.columns WHERE table_schema = database() AND table_name = ? "
                + "ORDER BY ordinal_position", List.of(table), rs -> {
                    String name = rs.getString(1);
                    String type = rs.getString(2);
                    String dflt = rs.getString(4);
                    // MariaDB reports "no default" on a nullable column as the text NULL
                    if (dflt != null && dflt.equalsIgnoreCase("NULL")) {
                        dflt = null;
                    }
                    String comment = rs.getString(6);
                    SqlType<?> t = json.containsKey(name) ? Types.JSON : TYPES.parse(type);
                    return new ReflectedColumn(name, t, type, "YES".equals(rs.getString(3)), dflt,
                            rs.getString(5) != null && rs.getString(5).toLowerCase(Locale.ROOT).contains("auto_increment"),
                            comment == null || comment.isEmpty() ? null : comment);
                });
    }

    @Override public ReflectedPrimaryKey primaryKey(Connection conn, String table) {
        return new ReflectedPrimaryKey(null, strings(conn, "SELECT column_name FROM information_schema.key_column_usage "
                + "WHERE table_schema = database() AND table_name = ? AND constraint_name = 'PRIMARY' "
                + "ORDER BY ordinal_position", List.of(table)));
    }

    private record FkRow(String name, String column, String referredTable, String referredColumn, String delete,
                         String update) {}

    @Override public List<ReflectedForeignKey> foreignKeys(Connection conn, String table) {
        List<FkRow> rows = query(conn, "SELECT k.constraint_name, k.column_name, k.referenced_table_name, "
                + "k.referenced_column_name, r.delete_rule, r.update_rule FROM information_schema.key_column_usage k "
                + "JOIN information_schema.referential_constraints r ON r.constraint_schema = k.constraint_schema "
                + "AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name "
                + "WHERE k.table_schema = database() AND k.table_name = ? AND k.referenced_table_name IS NOT NULL "
                + "ORDER BY k.constraint_name, k.ordinal_position", List.of(table),
                rs -> new FkRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
        List<ReflectedForeignKey> out = new ArrayList<>();
        for (Map.Entry<String, List<FkRow>> e : group(rows, FkRow::name).entrySet()) {
            List<FkRow> key = e.getValue();
            FkRow first = key.get(0);
            out.add(new ReflectedForeignKey(e.getKey(), key.stream().map(FkRow::column).toList(), first.referredTable(),
                    key.stream().map(FkRow::referredColumn).toList(), rule(first.delete()), rule(first.update())));
        }
        return out;
    }

    /** RESTRICT is what MariaDB reports when no action was given, so it reads as the default. */
    private static String rule(String r) {
        String a = action(r);
        return "RESTRICT".equals(a) ? null : a;
    }

    @Override public List<ReflectedIndex> indexes(Connection conn, String table) {
        record Row(String name, String column, boolean unique) {}
        List<Row> rows = query(conn, "SELECT index_name, column_name, non_unique FROM information_schema.statistics "
                + "WHERE table_schema = database() AND table_name = ? AND index_name <> 'PRIMARY' "
                + "ORDER BY index_name, seq_in_index", List.of(table),
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3) == 0));
        List<ReflectedForeignKey> fks = foreignKeys(conn, table);
        List<ReflectedIndex> out = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : group(rows, Row::name).entrySet()) {
            ReflectedIndex ix = new ReflectedIndex(e.getKey(), e.getValue().stream().map(Row::column).toList(),
                    e.getValue().get(0).unique());
            if (!addedForForeignKey(ix, fks)) {
                out.add(ix);
            }
        }
        return out;
    }

    /** InnoDB's own index for a foreign key: named after the constraint, or after its first column when unnamed. */
    private static boolean addedForForeignKey(ReflectedIndex ix, List<ReflectedForeignKey> fks) {
        if (ix.unique()) {
            return false;
        }
        for (ReflectedForeignKey fk : fks) {
            if (ix.columns().equals(fk.columns())
                    && (ix.name().equals(fk.name()) || ix.name().equals(fk.columns().get(0)))) {
                return true;
            }
        }
        return false;
    }

    @Override public List<ReflectedUniqueConstraint> uniqueConstraints(Connection conn, String table) {
        record Row(String name, String column) {}
        List<Row> rows = query(conn, "SELECT k.constraint_name, k.column_name FROM information_schema.table_constraints t "
                + "JOIN information_schema.key_column_usage k ON k.constraint_schema = t.constraint_schema "
                + "AND k.table_name = t.table_name AND k.constraint_name = t.constraint_name "
                + "WHERE t.table_schema = database() AND t.table_name = ? AND t.constraint_type = 'UNIQUE' "
                + "ORDER BY k.constraint_name, k.ordinal_position", List.of(table),
                rs -> new Row(rs.getString(1), rs.getString(2)));
        List<ReflectedUniqueConstraint> out = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : group(rows, Row::name).entrySet()) {
            out.add(new ReflectedUniqueConstraint(e.getKey(), e.getValue().stream().map(Row::column).toList()));
        }
        return out;
    }

    private List<ReflectedCheckConstraint> allChecks(Connection conn, String table) {
        return query(conn, "SELECT constraint_name, check_clause FROM information_schema.check_constraints "
                + "WHERE constraint_schema = database() AND table_name = ? ORDER BY constraint_name", List.of(table),
                rs -> new ReflectedCheckConstraint(rs.getString(1), rs.getString(2)));
    }

    private static String jsonColumn(ReflectedCheckConstraint ck) {
        Matcher m = JSON_CHECK.matcher(ck.sqlText().trim());
        if (m.matches() && m.group(1).replace("``", "`").equals(ck.name())) {
            return ck.name();
        }
        return null;
    }

    @Override public List<ReflectedCheckConstraint> checkConstraints(Connection conn, String table) {
        List<ReflectedCheckConstraint> out = new ArrayList<>();
        for (ReflectedCheckConstraint ck : allChecks(conn, table)) {
            if (jsonColumn(ck) == null) {
                out.add(ck);
            }
        }
        return out;
    }
}
