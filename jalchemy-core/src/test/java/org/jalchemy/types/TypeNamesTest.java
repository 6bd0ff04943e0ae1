package org.jalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.types.Types.*;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.mysql.MariaDbDialect;
import org.jalchemy.dialect.mysql.MySqlDialect;
import org.jalchemy.dialect.oracle.OracleDialect;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.exc.CompileError;
import org.junit.jupiter.api.Test;

/** The DDL name of every built-in type on every dialect (no database needed): the table in docs/types.md. */
class TypeNamesTest {
    enum Status { NEW, ARCHIVED }

    /** Columns: SQLite, PostgreSQL, MySQL/MariaDB, Oracle. */
    private static final Map<SqlType<?>, List<String>> NAMES = new LinkedHashMap<>();

    static {
        name(INTEGER, "INTEGER", "INTEGER", "INTEGER", "INTEGER");
        name(BIGINT, "BIGINT", "BIGINT", "BIGINT", "NUMBER(19)");
        name(SMALLINT, "SMALLINT", "SMALLINT", "SMALLINT", "SMALLINT");
        name(string(50), "VARCHAR(50)", "VARCHAR(50)", "VARCHAR(50)", "VARCHAR2(50 CHAR)");
        name(TEXT, "TEXT", "TEXT", "LONGTEXT", "CLOB");
        name(BOOLEAN, "BOOLEAN", "BOOLEAN", "BOOL", "NUMBER(1)");
        name(FLOAT, "FLOAT", "REAL", "DOUBLE", "BINARY_FLOAT");
        name(DOUBLE, "DOUBLE", "DOUBLE PRECISION", "DOUBLE", "BINARY_DOUBLE");
        name(NUMERIC, "NUMERIC", "NUMERIC", "DECIMAL(65, 30)", "NUMBER");
        name(numeric(12, 2), "NUMERIC(12, 2)", "NUMERIC(12, 2)", "NUMERIC(12, 2)", "NUMBER(12, 2)");
        name(DATE, "DATE", "DATE", "DATE", "DATE");
        name(TIME, "TIME", "TIME WITHOUT TIME ZONE", "TIME(6)", "INTERVAL DAY(0) TO SECOND(6)");
        name(DATETIME, "DATETIME", "TIMESTAMP WITHOUT TIME ZONE", "DATETIME(6)", "TIMESTAMP");
        name(TIMESTAMPTZ, "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE", "DATETIME(6)", "TIMESTAMP WITH TIME ZONE");
        name(INTERVAL, "INTERVAL", "INTERVAL", "BIGINT", "INTERVAL DAY(9) TO SECOND(6)");
        name(LARGE_BINARY, "BLOB", "BYTEA", "LONGBLOB", "BLOB");
        name(enumOf(Status.class), "VARCHAR(8)", "VARCHAR(8)", "VARCHAR(8)", "VARCHAR2(8 CHAR)");
        name(JSON, "JSON", "JSON", "JSON", "CLOB");
        name(UUID, "CHAR(36)", "UUID", "CHAR(36)", "VARCHAR2(36 CHAR)");
    }

    private static void name(SqlType<?> type, String sqlite, String postgres, String mysql, String oracle) {
        NAMES.put(type, List.of(sqlite, postgres, mysql, oracle));
    }

    private static final List<Dialect> DIALECTS = List.of(SqliteDialect.INSTANCE, PostgresDialect.INSTANCE,
            MySqlDialect.INSTANCE, OracleDialect.INSTANCE);

    @Test
    void everyTypeOnEveryDialect() {
        for (Map.Entry<SqlType<?>, List<String>> e : NAMES.entrySet()) {
            for (int d = 0; d < DIALECTS.size(); d++) {
                assertThat(DIALECTS.get(d).typeName(e.getKey())).as("%s on %s", e.getKey(), DIALECTS.get(d).name())
                        .isEqualTo(e.getValue().get(d));
            }
        }
    }

    @Test
    void everyBuiltInTypeIsCovered() throws IllegalAccessException {
        for (java.lang.reflect.Field f : Types.class.getFields()) {
            Object t = f.get(null);
            if (t instanceof SqlType<?> type && t != NULLTYPE && t != STRING) {
                assertThat(NAMES.keySet()).as("Types.%s has a row here", f.getName())
                        .anyMatch(k -> k.getClass() == type.getClass());
            }
        }
    }

    @Test
    void mariadbNamesAreMysqls() {
        for (SqlType<?> type : NAMES.keySet()) {
            assertThat(MariaDbDialect.INSTANCE.typeName(type)).as("%s", type).isEqualTo(MySqlDialect.INSTANCE.typeName(type));
        }
    }

    @Test
    void stringWithoutLength() {
        assertThat(SqliteDialect.INSTANCE.typeName(STRING)).isEqualTo("VARCHAR");
        assertThat(PostgresDialect.INSTANCE.typeName(STRING)).isEqualTo("VARCHAR");
        assertThat(OracleDialect.INSTANCE.typeName(STRING)).isEqualTo("VARCHAR2(4000 CHAR)");
        assertThatThrownBy(() -> MySqlDialect.INSTANCE.typeName(STRING)).isInstanceOf(CompileError.class)
                .hasMessageContaining("VARCHAR requires a length on mysql");
    }

    @Test
    void nullTypeHasNoName() {
        for (Dialect d : DIALECTS) {
            assertThatThrownBy(() -> d.typeName(NULLTYPE)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("NULLTYPE");
        }
    }

    @Test
    void aDecoratorIsNamedAsItsImplementation() {
        TypeDecorator<Integer, BigDecimal> cents = new TypeDecorator<>(Integer.class, numeric(12, 2)) {
            @Override protected BigDecimal processBind(Integer value) { return BigDecimal.valueOf(value, 2); }
            @Override protected Integer processResult(BigDecimal value) { return value.movePointRight(2).intValueExact(); }
        };
        for (Dialect d : DIALECTS) {
            assertThat(d.typeName(cents)).isEqualTo(d.typeName(numeric(12, 2)));
        }
    }
}
