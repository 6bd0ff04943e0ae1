package org.jalchemy.dialect.sqlite;

import java.util.ArrayList;
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
import org.jalchemy.schema.ReflectedTable;
import org.jalchemy.schema.ReflectedUniqueConstraint;

/**
 * SQLite reflection: {@code sqlite_master} for names and the table's CREATE statement, {@code PRAGMA table_info,
 * foreign_key_list, index_list, index_info} for the rest. SQLite does not keep constraint names in its catalogue,
 * so names (and CHECK constraints) are read from the CREATE TABLE text; unnamed constraints have a null name.
 * Column types are the declared type text ({@code VARCHAR(50)}, {@code DATETIME}) mapped back by name.
 */
final class SqliteReflection extends ReflectionSupport {
    private static final String IDENT = "(\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|\\[[^\\]]+\\]|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern NAMED = Pattern.compile("(?is)^CONSTRAINT\\s+" + IDENT + "\\s+(.*)$");
    private static final Pattern UNIQUE = Pattern.compile("(?is)^UNIQUE\\s*\\((.*)\\).*$");
    private static final Pattern FOREIGN = Pattern.compile("(?is)^FOREIGN\\s+KEY\\s*\\((.*?)\\)\\s*REFERENCES\\s+" + IDENT + ".*$");
    private static final Pattern CHECK = Pattern.compile("(?is)(?:CONSTRAINT\\s+" + IDENT + "\\s+)?CHECK\\s*\\(");

    private final SqliteDialect dialect;

    SqliteReflection(SqliteDialect dialect) {
        this.dialect = dialect;
    }

    private String pragma(String name, String table) {
        return "PRAGMA main." + name + "(" + dialect.quoteIdentifier(table) + ")";
    }

    @Override public List<String> schemaNames(Connection conn) {
        List<String> out = new ArrayList<>();
        for (String s : query(conn, "PRAGMA database_list", List.of(), rs -> rs.getString("name"))) {
            if (!s.equals("temp")) {
                out.add(s);
            }
        }
        return out;
    }

    @Override public List<String> tableNames(Connection conn) {
        return strings(conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                + "ORDER BY name", List.of());
    }

    @Override public List<String> viewNames(Connection conn) {
        return strings(conn, "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name", List.of());
    }

    private record Info(String name, String type, boolean notNull, String defaultText, int pk) {}

    private List<Info> tableInfo(Connection conn, String table) {
        return query(conn, pragma("table_info", table), List.of(), rs -> new Info(rs.getString("name"),
                rs.getString("type"), rs.getInt("notnull") != 0, rs.getString("dflt_value"), rs.getInt("pk")));
    }

    /**
     * The table read once: its CREATE TABLE text (one {@code sqlite_master} query, which also says whether it exists),
     * {@code table_info}, {@code foreign_key_list}, and every index with its columns in one query.
     */
    @Override public ReflectedTable table(Connection conn, String table) {
        List<String> sql = createSql(conn, table);
        if (sql.isEmpty()) {
            return null;
        }
        List<Part> parts = parts(sql);
        List<Info> info = tableInfo(conn, table);
        List<IndexRow> indexRows = indexList(conn, table);
        return new ReflectedTable(table, columnsOf(info), primaryKeyOf(info, parts),
                foreignKeysOf(conn, foreignKeyRows(conn, table), parts), indexesOf(indexRows),
                uniqueConstraintsOf(indexRows, parts), checkConstraintsOf(parts));
    }

    @Override public List<ReflectedColumn> columns(Connection conn, String table) {
        return columnsOf(tableInfo(conn, table));
    }

    private static List<ReflectedColumn> columnsOf(List<Info> info) {
        long pkCount = info.stream().filter(i -> i.pk() > 0).count();
        List<ReflectedColumn> out = new ArrayList<>();
        for (Info i : info) {
            // only a lone PK declared exactly INTEGER is the rowid alias SQLite fills in
            boolean rowid = i.pk() > 0 && pkCount == 1 && i.type() != null && i.type().equalsIgnoreCase("INTEGER");
            out.add(new ReflectedColumn(i.name(), TypeNameParser.STANDARD.parse(i.type()), i.type(),
                    !i.notNull() && i.pk() == 0, i.defaultText(), rowid, null));
        }
        return out;
    }

    @Override public ReflectedPrimaryKey primaryKey(Connection conn, String table) {
        return primaryKeyOf(tableInfo(conn, table), parts(conn, table));
    }

    private static ReflectedPrimaryKey primaryKeyOf(List<Info> info, List<Part> parts) {
        String name = null;
        for (Part p : parts) {
            if (p.name() != null && p.body().toUpperCase(Locale.ROOT).startsWith("PRIMARY")) {
                name = p.name();
            }
        }
        return new ReflectedPrimaryKey(name, pkColumns(info));
    }

    private static List<String> pkColumns(List<Info> info) {
        List<Info> pk = new ArrayList<>(info.stream().filter(i -> i.pk() > 0).toList());
        pk.sort((a, b) -> Integer.compare(a.pk(), b.pk()));
        return pk.stream().map(Info::name).toList();
    }

    private record FkRow(int id, String table, String from, String to, String onUpdate, String onDelete) {}

    private List<FkRow> foreignKeyRows(Connection conn, String table) {
        return query(conn, pragma("foreign_key_list", table), List.of(), rs -> new FkRow(rs.getInt("id"),
                rs.getString("table"), rs.getString("from"), rs.getString("to"), rs.getString("on_update"),
                rs.getString("on_delete")));
    }

    @Override public List<ReflectedForeignKey> foreignKeys(Connection conn, String table) {
        return foreignKeysOf(conn, foreignKeyRows(conn, table), parts(conn, table));
    }

    private List<ReflectedForeignKey> foreignKeysOf(Connection conn, List<FkRow> rows, List<Part> parts) {
        // PRAGMA lists the keys in reverse declaration order; ids count up from the last one
        Map<Integer, List<FkRow>> byId = group(rows, FkRow::id);
        List<ReflectedForeignKey> out = new ArrayList<>();
        List<Integer> ids = new ArrayList<>(byId.keySet());
        ids.sort((a, b) -> Integer.compare(b, a));
        for (int id : ids) {
            List<FkRow> key = byId.get(id);
            String referred = key.get(0).table();
            List<String> cols = key.stream().map(FkRow::from).toList();
            List<String> refCols = new ArrayList<>();
            for (FkRow r : key) {
                refCols.add(r.to());
            }
            if (refCols.contains(null)) {
                // REFERENCES t without columns means t's primary key
                refCols = pkColumns(tableInfo(conn, referred));
            }
            String name = null;
            for (Part p : parts) {
                Matcher m = FOREIGN.matcher(p.body());
                if (p.name() != null && m.matches() && splitNames(m.group(1)).equals(cols)
                        && unquote(m.group(2)).equals(referred)) {
                    name = p.name();
                }
            }
            out.add(new ReflectedForeignKey(name, cols, referred, refCols, action(key.get(0).onDelete()),
                    action(key.get(0).onUpdate())));
        }
        return out;
    }

    /** One index of the table, with its columns (a null name for an expression). */
    private record IndexRow(String name, boolean unique, String origin, List<String> columns) {}

    /** Every index of the table with its columns, by name: one query joining index_list and index_info. */
    private List<IndexRow> indexList(Connection conn, String table) {
        record Flat(String name, boolean unique, String origin, String column) {}
        List<Flat> flat = query(conn, "SELECT il.name, il.\"unique\", il.origin, ii.name AS col "
                + "FROM pragma_index_list(?, 'main') AS il LEFT JOIN pragma_index_info(il.name, 'main') AS ii "
                + "ORDER BY il.name, ii.seqno", List.of(table),
                rs -> new Flat(rs.getString(1), rs.getInt(2) != 0, rs.getString(3), rs.getString(4)));
        List<IndexRow> out = new ArrayList<>();
        for (List<Flat> rows : group(flat, Flat::name).values()) {
            List<String> cols = new ArrayList<>();
            for (Flat f : rows) {
                cols.add(f.column());
            }
            Flat first = rows.get(0);
            out.add(new IndexRow(first.name(), first.unique(), first.origin(), cols));
        }
        return out;
    }

    @Override public List<ReflectedIndex> indexes(Connection conn, String table) {
        return indexesOf(indexList(conn, table));
    }

    private static List<ReflectedIndex> indexesOf(List<IndexRow> rows) {
        List<ReflectedIndex> out = new ArrayList<>();
        for (IndexRow r : rows) {
            if ("c".equals(r.origin())) {
                out.add(new ReflectedIndex(r.name(), r.columns(), r.unique()));
            }
        }
        return out;
    }

    @Override public List<ReflectedUniqueConstraint> uniqueConstraints(Connection conn, String table) {
        return uniqueConstraintsOf(indexList(conn, table), parts(conn, table));
    }

    private static List<ReflectedUniqueConstraint> uniqueConstraintsOf(List<IndexRow> rows, List<Part> parts) {
        List<ReflectedUniqueConstraint> out = new ArrayList<>();
        for (IndexRow r : rows) {
            if ("u".equals(r.origin())) {
                List<String> cols = r.columns();
                String name = null;
                for (Part p : parts) {
                    Matcher m = UNIQUE.matcher(p.body());
                    if (p.name() != null && m.matches() && splitNames(m.group(1)).equals(cols)) {
                        name = p.name();
                    }
                }
                out.add(new ReflectedUniqueConstraint(name, cols));
            }
        }
        return out;
    }

    @Override public List<ReflectedCheckConstraint> checkConstraints(Connection conn, String table) {
        return checkConstraintsOf(parts(conn, table));
    }

    private List<ReflectedCheckConstraint> checkConstraintsOf(List<Part> parts) {
        List<ReflectedCheckConstraint> out = new ArrayList<>();
        for (Part p : parts) {
            String text = p.name() == null ? p.body() : "CONSTRAINT " + dialect.quoteIdentifier(p.name()) + " " + p.body();
            Matcher m = CHECK.matcher(text);
            int from = 0;
            while (m.find(from)) {
                int open = m.end() - 1;
                int close = matchingParen(text, open);
                out.add(new ReflectedCheckConstraint(m.group(1) == null ? null : unquote(m.group(1)),
                        text.substring(open + 1, close).trim()));
                from = close + 1;
            }
        }
        return out;
    }

    // ---- reading the CREATE TABLE text

    /** One top-level element of CREATE TABLE: its constraint name if it starts with CONSTRAINT name, and the rest. */
    private record Part(String name, String body) {}

    /** The CREATE TABLE text of {@code table}: empty when there is no such table. */
    private static List<String> createSql(Connection conn, String table) {
        return strings(conn, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", List.of(table));
    }

    private List<Part> parts(Connection conn, String table) {
        return parts(createSql(conn, table));
    }

    private static List<Part> parts(List<String> sql) {
        if (sql.isEmpty() || sql.get(0) == null) {
            return List.of();
        }
        String s = sql.get(0);
        int open = s.indexOf('(');
        int close = matchingParen(s, open);
        List<Part> out = new ArrayList<>();
        for (String piece : splitTopLevel(s.substring(open + 1, close))) {
            String p = piece.trim();
            Matcher m = NAMED.matcher(p);
            out.add(m.matches() ? new Part(unquote(m.group(1)), m.group(2).trim()) : new Part(null, p));
        }
        return out;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text. */
    private static int matchingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = skipQuoted(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static int skipQuoted(String s, int start) {
        char close = s.charAt(start) == '[' ? ']' : s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == close) {
                if (close != ']' && i + 1 < s.length() && s.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return s.length() - 1;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = skipQuoted(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static List<String> splitNames(String list) {
        List<String> out = new ArrayList<>();
        for (String n : splitTopLevel(list)) {
            out.add(unquote(n.trim()));
        }
        return out;
    }

    private static String unquote(String ident) {
        String s = ident.trim();
        if (s.length() >= 2) {
            char f = s.charAt(0);
            char l = s.charAt(s.length() - 1);
            if ((f == '"' && l == '"') || (f == '`' && l == '`')) {
                return s.substring(1, s.length() - 1).replace(String.valueOf(f) + f, String.valueOf(f));
            }
            if (f == '[' && l == ']') {
                return s.substring(1, s.length() - 1);
            }
        }
        return s;
    }
}
