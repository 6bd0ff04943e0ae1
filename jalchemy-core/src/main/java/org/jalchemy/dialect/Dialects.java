package org.jalchemy.dialect;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jalchemy.dialect.mysql.MariaDbDialect;
import org.jalchemy.dialect.mysql.MySqlDialect;
import org.jalchemy.dialect.oracle.OracleDialect;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.exc.ArgumentError;

/** Finds the dialect for a URL's dialect name. */
public final class Dialects {
    private static final Map<String, Supplier<Dialect>> KNOWN = Map.of(
            "sqlite", () -> SqliteDialect.INSTANCE,
            "postgresql", () -> PostgresDialect.INSTANCE,
            "postgres", () -> PostgresDialect.INSTANCE,
            // one instance per engine: it learns the session's sql_mode from its connections (see MySqlDialect)
            "mysql", MySqlDialect::new,
            "mariadb", MariaDbDialect::new,
            "oracle", () -> OracleDialect.INSTANCE);

    private Dialects() {}

    /**
     * The dialect called {@code name} (sqlite, postgresql, mysql, mariadb, oracle): the shared instance, or for
     * MySQL/MariaDB a new one, which its engine's connections tell their sql_mode.
     *
     * @throws ArgumentError naming the unknown dialect and the known ones
     */
    public static Dialect forName(String name) {
        Supplier<Dialect> d = name == null ? null : KNOWN.get(name.toLowerCase(Locale.ROOT));
        if (d == null) {
            throw new ArgumentError("Unknown dialect '" + name + "'; known dialects: sqlite, postgresql, mysql, mariadb, oracle");
        }
        return d.get();
    }
}
