package org.jalchemy.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.CompileError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.Executable;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every string the dialects write into SQL text (column comments, server defaults, LIKE ... ESCAPE, inline
 * literals) comes back byte for byte, and none of them breaks out of its literal: MySQL/MariaDB used to double
 * quotes but not backslashes, so {@code \' OR 1=1 -- } ended the string in the default sql_mode.
 */
class HostileLiteralTest extends DatabaseTest {
    static final String NUL = "nul\0byte";

    /** Quotes, backslashes, comment starts, a trailing backslash, control characters, unicode, LIKE wildcards. */
    static final List<String> PAYLOADS = List.of(
            "it's", "''", "\\", "\\\\", "\\' OR 1=1 -- ", "'; DROP TABLE victims; -- ", "\\'; DROP TABLE victims; -- ",
            "trailing\\", "a\\nb (backslash n)", "line\nbreak\r\ttab", "ünïcødé ✓ 😀 日本", "100% _done_",
            "\"double\" `back`", "\\x41\\u0041\\0", "/* not a comment */ -- nor this", "$$dollar$$ $tag$");

    /** The payloads this database can hold: MariaDB keeps NUL, PostgreSQL cannot store it, SQLite ends a statement there. */
    private List<String> payloads() {
        List<String> all = new ArrayList<>(PAYLOADS);
        if (database == TestDatabase.MARIADB) {
            all.add(NUL);
        }
        return all;
    }

    @BeforeEach
    void victims() {
        engine.transaction(conn -> {
            conn.execute(text("CREATE TABLE victims (id INTEGER PRIMARY KEY)"));
            conn.execute(text("INSERT INTO victims (id) VALUES (1)"));
        });
        clearStatements();
    }

    private void nothingElseHappened() {
        try (Connection conn = engine.connect()) {
            assertThat((Object) conn.execute(text("SELECT count(*) FROM victims")).scalar()).as("victims on %s", database)
                    .isIn(1, 1L);
        }
    }

    @Test
    void commentsAndServerDefaultsReadBackExactly() {
        List<String> payloads = payloads();
        MetaData md = new MetaData();
        List<Column<?>> cols = new ArrayList<>();
        cols.add(Column.of("id", INTEGER).primaryKey());
        for (int i = 0; i < payloads.size(); i++) {
            cols.add(Column.of("c" + i, string(100)).serverDefault(literal(payloads.get(i))).comment(payloads.get(i)));
        }
        Table t = md.table("hostile", cols.toArray(Column[]::new));
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(t).values(Map.of("id", 1))));
        try (Connection conn = engine.connect()) {
            var row = conn.execute(select(t).where(t.c("id").eq(1))).one();
            for (int i = 0; i < payloads.size(); i++) {
                assertThat((Object) row.get("c" + i)).as("default %s on %s", show(payloads.get(i)), database)
                        .isEqualTo(payloads.get(i));
            }
        }
        if (database != TestDatabase.SQLITE) { // SQLite has no comments
            List<ReflectedColumn> reflected = Inspector.of(engine).columns("hostile");
            for (int i = 0; i < payloads.size(); i++) {
                String name = "c" + i;
                ReflectedColumn rc = reflected.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
                assertThat(rc.comment()).as("comment %s on %s", show(payloads.get(i)), database)
                        .isEqualTo(asCommentStored(payloads.get(i)));
            }
        }
        nothingElseHappened();
    }

    @Test
    void inlineLiteralsReadBackExactly() {
        for (String p : payloads()) {
            Executable s = select(literal(p).label("v"));
            String sql = engine.dialect().newCompiler(CacheKey.of(s), Map.of()).literalBinds(true).compile(s).sql();
            assertThat(sql).doesNotContain("?");
            assertThat(runScalar(sql)).as("%s as %s on %s", show(p), sql, database).isEqualTo(p);
        }
        nothingElseHappened();
    }

    private Object runScalar(String sql) {
        try (Connection conn = engine.connect()) {
            return conn.withJdbc(sql, List.of(), jdbc -> {
                try (var st = jdbc.createStatement(); var rs = st.executeQuery(sql)) {
                    rs.next();
                    return rs.getString(1);
                }
            });
        }
    }

    @Test
    void likeEscapeCharactersThatNeedEscaping() {
        MetaData md = new MetaData();
        Column<String> v = Column.of("v", string(20));
        Table t = md.table("words", Column.of("id", INTEGER).primaryKey(), v);
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(t), List.of(Map.of("id", 1, "v", "100%"), Map.of("id", 2, "v", "100x"),
                Map.of("id", 3, "v", "a_b"), Map.of("id", 4, "v", "axb"))));
        try (Connection conn = engine.connect()) {
            for (char esc : new char[] {'\\', '\'', '/', '"'}) {
                List<Object> pct = conn.execute(select(t.c("id")).where(v.like("100" + esc + "%", esc))).scalars().all();
                assertThat(pct).as("ESCAPE %s on %s", esc, database).containsExactly(1);
                List<Object> under = conn.execute(select(t.c("id")).where(v.like("a" + esc + "_b", esc))).scalars().all();
                assertThat(under).as("ESCAPE %s on %s", esc, database).containsExactly(3);
            }
        }
        nothingElseHappened();
    }

    @Test
    void nulIsRefusedWhereTheDatabaseCannotTakeIt() {
        if (database == TestDatabase.MARIADB) {
            assertThat(engine.dialect().quoteString(NUL)).isEqualTo("'nul\\0byte'");
            return;
        }
        assertThatThrownBy(() -> engine.dialect().quoteString(NUL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("NUL").hasMessageContaining(engine.dialect().name());
    }

    /** MariaDB under NO_BACKSLASH_ESCAPES: backslashes are ordinary there, and the engine's dialect knows it. */
    @Test
    void mariaDbWithoutBackslashEscapes() {
        if (database != TestDatabase.MARIADB) {
            return;
        }
        try (Engine nbe = Engine.builder(sandbox().url() + "?sessionVariables=sql_mode%3DNO_BACKSLASH_ESCAPES").build()) {
            try (Connection conn = nbe.connect()) {
                assertThat((Object) conn.execute(text("SELECT @@SESSION.sql_mode")).scalar()).asString()
                        .contains("NO_BACKSLASH_ESCAPES");
            }
            assertThat(((org.jalchemy.dialect.mysql.MySqlDialect) nbe.dialect()).noBackslashEscapes()).isTrue();
            assertThat(nbe.dialect().quoteString("a\\'b")).isEqualTo("'a\\''b'");
            MetaData md = new MetaData();
            List<String> payloads = payloads();
            List<Column<?>> cols = new ArrayList<>();
            cols.add(Column.of("id", INTEGER).primaryKey());
            for (int i = 0; i < payloads.size(); i++) {
                cols.add(Column.of("c" + i, string(100)).serverDefault(literal(payloads.get(i))).comment(payloads.get(i)));
            }
            Table t = md.table("hostile_nbe", cols.toArray(Column[]::new));
            md.createAll(nbe);
            nbe.transaction(conn -> conn.execute(insert(t).values(Map.of("id", 1))));
            List<ReflectedColumn> reflected = Inspector.of(nbe).columns("hostile_nbe");
            try (Connection conn = nbe.connect()) {
                var row = conn.execute(select(t)).one();
                for (int i = 0; i < payloads.size(); i++) {
                    String p = payloads.get(i);
                    assertThat((Object) row.get("c" + i)).as("default %s", show(p)).isEqualTo(p);
                    assertThat(reflected.get(i + 1).comment()).as("comment %s", show(p)).isEqualTo(asCommentStored(p));
                    Executable s = select(literal(p));
                    String sql = nbe.dialect().newCompiler(CacheKey.of(s), Map.of()).literalBinds(true).compile(s).sql();
                    Object back = conn.withJdbc(jdbc -> {
                        try (var st = jdbc.createStatement(); var rs = st.executeQuery(sql)) {
                            rs.next();
                            return rs.getString(1);
                        }
                    });
                    assertThat(back).as("inline %s as %s", show(p), sql).isEqualTo(p);
                }
            }
            // a connection whose mode disagrees with the engine's is refused, not sent literals for the other mode
            try (Connection conn = engine.connect()) {
                conn.withJdbc(jdbc -> {
                    assertThatThrownBy(() -> nbe.dialect().afterConnect(jdbc)).hasMessageContaining("NO_BACKSLASH_ESCAPES");
                    return null;
                });
            }
        }
        nothingElseHappened();
    }

    /** MariaDB keeps comments in its utf8mb3 data dictionary: a character beyond the BMP (an emoji) becomes '?'. */
    private String asCommentStored(String p) {
        if (database != TestDatabase.MARIADB) {
            return p;
        }
        StringBuilder b = new StringBuilder();
        p.codePoints().forEach(cp -> b.append(Character.isSupplementaryCodePoint(cp) ? "?" : Character.toString(cp)));
        return b.toString();
    }

    /** A mode set by an onConnect listener counts: the dialect reads it after the listeners ran. */
    @Test
    void sqlModeSetByAnOnConnectListenerIsSeen() {
        if (database != TestDatabase.MARIADB) {
            return;
        }
        try (Engine e = sandbox().engineBuilder().build()) {
            e.events().onConnect(c -> {
                try (var st = c.createStatement()) {
                    st.execute("SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_BACKSLASH_ESCAPES')");
                }
            });
            String p = "\\' OR 1=1 -- \\";
            MetaData md = new MetaData();
            Table t = md.table("listener_nbe", Column.of("id", INTEGER).primaryKey(),
                    Column.of("v", string(50)).serverDefault(literal(p)).comment(p));
            md.createAll(e);
            assertThat(((org.jalchemy.dialect.mysql.MySqlDialect) e.dialect()).noBackslashEscapes()).isTrue();
            e.transaction(conn -> conn.execute(insert(t).values(Map.of("id", 1))));
            try (Connection conn = e.connect()) {
                assertThat((Object) conn.execute(select(t.c("v"))).scalar()).isEqualTo(p);
            }
            assertThat(Inspector.of(e).columns("listener_nbe").get(1).comment()).isEqualTo(p);
        }
        nothingElseHappened();
    }

    static String show(String s) {
        return "[" + s.replace("\0", "<NUL>").replace("\n", "<LF>").replace("\r", "<CR>").replace("\t", "<TAB>") + "]";
    }
}
