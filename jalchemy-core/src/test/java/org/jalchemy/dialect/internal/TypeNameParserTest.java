package org.jalchemy.dialect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.types.Types.*;

import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.mysql.MySqlDialect;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.types.NumericType;
import org.junit.jupiter.api.Test;

class TypeNameParserTest {
    private final TypeNameParser p = TypeNameParser.STANDARD;

    @Test
    void postgresNames() {
        assertThat(p.parse("character varying(50)")).isEqualTo(string(50));
        assertThat(p.parse("character varying")).isEqualTo(STRING);
        assertThat(p.parse("timestamp without time zone")).isEqualTo(DATETIME);
        assertThat(p.parse("timestamp(3) without time zone")).isEqualTo(DATETIME);
        assertThat(p.parse("timestamp with time zone")).isEqualTo(TIMESTAMPTZ);
        assertThat(p.parse("time without time zone")).isEqualTo(TIME);
        assertThat(p.parse("numeric(10,2)")).isEqualTo(numeric(10, 2));
        assertThat(p.parse("numeric(7)")).isEqualTo(new NumericType(7, null));
        assertThat(p.parse("numeric")).isEqualTo(NUMERIC);
        assertThat(p.parse("double precision")).isEqualTo(DOUBLE);
        assertThat(p.parse("real")).isEqualTo(FLOAT);
        assertThat(p.parse("bytea")).isEqualTo(LARGE_BINARY);
        assertThat(p.parse("jsonb")).isEqualTo(JSON);
        assertThat(p.parse("uuid")).isEqualTo(UUID);
        assertThat(p.parse("interval")).isEqualTo(INTERVAL);
        assertThat(p.parse("interval day to second")).isEqualTo(INTERVAL);
        assertThat(p.parse("inet")).isEqualTo(NULLTYPE);
    }

    @Test
    void sqliteDeclaredNames() {
        assertThat(p.parse("VARCHAR(50)")).isEqualTo(string(50));
        assertThat(p.parse("DATETIME")).isEqualTo(DATETIME);
        assertThat(p.parse("TIMESTAMPTZ")).isEqualTo(TIMESTAMPTZ);
        assertThat(p.parse("INTERVAL")).isEqualTo(INTERVAL);
        assertThat(p.parse("NUMERIC(10, 2)")).isEqualTo(numeric(10, 2));
        assertThat(p.parse("BLOB")).isEqualTo(LARGE_BINARY);
        assertThat(p.parse("")).isEqualTo(NULLTYPE);
        assertThat(p.parse(null)).isEqualTo(NULLTYPE);
        assertThat(p.parse("WHATEVER")).isEqualTo(NULLTYPE);
    }

    @Test
    void mysqlNames() {
        assertThat(p.parse("int(11)")).isEqualTo(INTEGER);
        assertThat(p.parse("bigint(20) unsigned")).isEqualTo(BIGINT);
        assertThat(p.parse("datetime(6)")).isEqualTo(DATETIME);
        assertThat(p.parse("longblob")).isEqualTo(LARGE_BINARY);
        assertThat(p.parse("longtext")).isEqualTo(TEXT);
        assertThat(p.parse("decimal(12,4)")).isEqualTo(numeric(12, 4));
        assertThat(p.parse("float")).isEqualTo(FLOAT);
        assertThat(p.parse("double")).isEqualTo(DOUBLE);
    }

    /** Every type the dialects write in DDL reads back as itself (up to the documented lossy ones). */
    @Test
    void dialectTypeNamesReadBack() {
        for (Dialect d : new Dialect[] {SqliteDialect.INSTANCE, PostgresDialect.INSTANCE}) {
            for (var t : new org.jalchemy.types.SqlType<?>[] {INTEGER, BIGINT, SMALLINT, string(20), TEXT, BOOLEAN, FLOAT,
                    DOUBLE, numeric(10, 2), DATE, TIME, DATETIME, TIMESTAMPTZ, INTERVAL, LARGE_BINARY, JSON}) {
                assertThat(p.parse(d.typeName(t))).as(d + " " + d.typeName(t)).isEqualTo(t);
            }
        }
        assertThat(p.parse(PostgresDialect.INSTANCE.typeName(UUID))).isEqualTo(UUID);
        // UUID is CHAR(36) on SQLite and MySQL/MariaDB: it reads back as a 36-character string
        assertThat(p.parse(SqliteDialect.INSTANCE.typeName(UUID))).isEqualTo(string(36));
        assertThat(p.parse(MySqlDialect.INSTANCE.typeName(BOOLEAN))).isEqualTo(BOOLEAN);
    }
}
