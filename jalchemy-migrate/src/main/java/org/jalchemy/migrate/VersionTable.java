package org.jalchemy.migrate;

import static org.jalchemy.Sql.delete;
import static org.jalchemy.Sql.insert;
import static org.jalchemy.Sql.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jalchemy.engine.Connection;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.CreateTable;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.types.Types;

/** The table recording which revisions are the database's current head(s): one row per head. */
public final class VersionTable {
    /** The default table name. */
    public static final String DEFAULT_NAME = "jalchemy_version";

    private final Table table;
    private final Column<String> versionNum;

    /** The version table called {@code name}. */
    @SuppressWarnings("unchecked")
    public VersionTable(String name) {
        this.table = new MetaData().table(name == null ? DEFAULT_NAME : name,
                Column.of("version_num", Types.string(32)).primaryKey());
        this.versionNum = (Column<String>) (Column<?>) table.c("version_num");
    }

    /** The table name. */
    public String name() {
        return table.name();
    }

    /** Creates the table unless it exists. */
    public void ensure(Connection conn) {
        if (!conn.dialect().hasTable(conn, table.name())) {
            conn.execute(new CreateTable(table));
        }
    }

    /** Emits CREATE TABLE (offline). */
    public void create(SqlSink sink) {
        sink.accept(new CreateTable(table), List.of());
    }

    /** The recorded heads, sorted; empty when the table does not exist. */
    public Set<String> heads(Connection conn) {
        Set<String> out = new TreeSet<>();
        if (!conn.dialect().hasTable(conn, table.name())) {
            return out;
        }
        for (String v : conn.execute(select(versionNum)).<String>scalars()) {
            out.add(v);
        }
        return out;
    }

    /** Replaces the recorded heads {@code before} by {@code after}, touching only the rows that change. */
    public void update(SqlSink sink, Set<String> before, Set<String> after) {
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        for (String id : removed) {
            sink.accept(delete(table).where(versionNum.eq(id)), List.of());
        }
        for (String id : after) {
            if (!before.contains(id)) {
                sink.accept(insert(table).values(Map.of("version_num", id)), List.of());
            }
        }
    }
}
