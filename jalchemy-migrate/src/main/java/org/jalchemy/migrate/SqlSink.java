package org.jalchemy.migrate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.engine.Connection;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.Insert;

/** Where the statements of a migration go: run on a connection, or printed as SQL (offline {@code --sql}). */
public interface SqlSink {
    /** Runs or prints {@code statement}; {@code rows} are executemany parameters (empty for one execution). */
    void accept(Executable statement, List<? extends Map<String, ?>> rows);

    /** The connection statements run on, or null offline. */
    Connection connection();

    /** The dialect statements are compiled for. */
    Dialect dialect();

    /** The SQL of the statements sent so far (one entry per statement or row). */
    List<String> sent();

    /** Runs statements on {@code conn}, recording their SQL. */
    static SqlSink online(Connection conn) {
        return new SqlSink() {
            private final List<String> sent = new ArrayList<>();

            @Override public void accept(Executable statement, List<? extends Map<String, ?>> rows) {
                String sql = conn.dialect().compile(statement, rows.isEmpty() ? java.util.Set.of() : rows.get(0).keySet()).sql();
                if (rows.isEmpty()) {
                    conn.execute(statement);
                } else {
                    conn.execute(statement, rows);
                }
                sent.add(sql);
            }

            @Override public Connection connection() { return conn; }

            @Override public Dialect dialect() { return conn.dialect(); }

            @Override public List<String> sent() { return sent; }
        };
    }

    /** Prints each statement, values rendered as literals, followed by {@code ;} on {@code out}. */
    static SqlSink offline(Dialect dialect, PrintStream out) {
        return new SqlSink() {
            private final List<String> sent = new ArrayList<>();

            @Override public void accept(Executable statement, List<? extends Map<String, ?>> rows) {
                if (rows.isEmpty()) {
                    print(statement);
                } else if (statement instanceof Insert insert) {
                    for (Map<String, ?> row : rows) {
                        print(insert.values(row));
                    }
                } else {
                    throw new MigrationError("Offline mode cannot render " + statement + " with several parameter sets");
                }
            }

            private void print(Executable statement) {
                String sql = dialect.newCompiler(CacheKey.of(statement), Map.of()).literalBinds(true).compile(statement).sql();
                sent.add(sql);
                out.println(sql + ";");
                out.println();
            }

            @Override public Connection connection() { return null; }

            @Override public Dialect dialect() { return dialect; }

            @Override public List<String> sent() { return sent; }
        };
    }
}
