package org.jalchemy.migrate;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.Sql;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;

/**
 * Foreign-key enforcement around a SQLite revision, as SQLite's own procedure for schema changes (and Django's
 * SQLite schema editor) does: enforcement off before the transaction begins (the PRAGMA is ignored inside one), so a
 * batch rebuild can drop and recreate a table others refer to without firing their ON DELETE actions; before the
 * commit, {@code PRAGMA foreign_key_check} over the whole database, and any row left without its parent fails the
 * revision (rolled back); enforcement back on afterwards, whatever happened.
 */
final class SqliteForeignKeys {
    private SqliteForeignKeys() {
    }

    /** Switches enforcement off on {@code conn} (no transaction in progress); returns whether it was on. */
    static boolean switchOff(Connection conn) {
        return conn.withJdbc(jdbc -> {
            boolean auto = jdbc.getAutoCommit();
            jdbc.setAutoCommit(true); // the driver may hold a transaction open; the PRAGMA needs none
            try (Statement s = jdbc.createStatement()) {
                boolean on;
                try (var rs = s.executeQuery("PRAGMA foreign_keys")) {
                    on = rs.next() && rs.getInt(1) != 0;
                }
                if (on) {
                    s.execute("PRAGMA foreign_keys = OFF");
                }
                return on;
            } finally {
                jdbc.setAutoCommit(auto);
            }
        });
    }

    /** Switches enforcement back on (after the revision's commit or rollback). */
    static void switchOn(Connection conn) {
        conn.withJdbc(jdbc -> {
            boolean auto = jdbc.getAutoCommit();
            jdbc.setAutoCommit(true);
            try (Statement s = jdbc.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            } finally {
                jdbc.setAutoCommit(auto);
            }
            return null;
        });
    }

    /** Fails, naming the first rows, when a row refers to a missing parent. */
    static void check(Connection conn) {
        List<Row> rows = conn.execute(Sql.text("PRAGMA foreign_key_check")).all();
        if (rows.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(5, rows.size()))) {
            shown.add(r.<Object>get(0) + " row " + r.<Object>get(1) + " -> " + r.<Object>get(2));
        }
        throw new MigrationError("Foreign key check failed: " + rows.size() + " row(s) refer to a missing parent row ("
                + String.join(", ", shown) + (rows.size() > shown.size() ? ", ..." : "") + ")");
    }
}
