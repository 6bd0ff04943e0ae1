package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.NoSuchTableError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Inspector behaviour per database: names, views, errors, unnamed constraints, unknown types, comments. */
class InspectorTest extends DatabaseTest {

    private MetaData unnamed() {
        MetaData md = new MetaData();
        md.table("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(20)).unique());
        md.table("addresses", Column.of("id", INTEGER).primaryKey(),
                Column.of("user_id", INTEGER).references("users.id"),
                Column.of("n", INTEGER),
                CheckConstraint.of("n > 0"));
        return md;
    }

    @Test
    void tablesViewsAndSchemas() {
        unnamed().createAll(engine);
        engine.transaction(c -> c.execute(text("CREATE VIEW user_names AS SELECT name FROM users")));
        Inspector insp = Inspector.of(engine);
        assertThat(insp.tableNames()).containsExactly("addresses", "users");
        assertThat(insp.viewNames()).containsExactly("user_names");
        assertThat(insp.hasTable("users")).isTrue();
        assertThat(insp.hasTable("user_names")).isFalse();
        assertThat(insp.hasTable("nope")).isFalse();
        assertThat(insp.columns("user_names")).extracting(ReflectedColumn::name).containsExactly("name");
        String current = switch (database) {
            case SQLITE -> "main";
            default -> sandbox().url().replaceAll(".*(jt_[0-9a-f]+).*", "$1");
        };
        assertThat(insp.schemaNames()).contains(current);
    }

    @Test
    void catalogueQueriesAreSeenByBeforeExecuteWithTheirParameters() {
        unnamed().createAll(engine);
        List<String> sent = new java.util.ArrayList<>();
        engine.events().beforeExecute((conn, sql, p) -> sent.add(sql + " " + p));
        Inspector insp = Inspector.of(engine);
        insp.foreignKeys("addresses");
        // the table is named either in the SQL (SQLite's PRAGMA) or as a bound parameter
        assertThat(sent).isNotEmpty().anySatisfy(s -> assertThat(s).contains("addresses"));
        clearStatements();
        assertThat(insp.hasTable("users")).isTrue();
        assertThat(statements).hasSize(1);
    }

    @Test
    void missingTableIsNoSuchTableErrorNamingIt() {
        Inspector insp = Inspector.of(engine);
        assertThatThrownBy(() -> insp.columns("ghost")).isInstanceOf(NoSuchTableError.class).hasMessageContaining("'ghost'");
        assertThatThrownBy(() -> insp.foreignKeys("ghost")).isInstanceOf(NoSuchTableError.class).hasMessageContaining("'ghost'");
        assertThatThrownBy(() -> insp.indexes("ghost")).isInstanceOf(NoSuchTableError.class);
        assertThatThrownBy(() -> new MetaData().reflectTable(engine, "ghost"))
                .isInstanceOf(NoSuchTableError.class).hasMessage("Table 'ghost' does not exist in the database");
    }

    @Test
    void unnamedConstraintsCarryTheDatabasesNames() {
        unnamed().createAll(engine);
        Inspector insp = Inspector.of(engine);
        ReflectedForeignKey fk = insp.foreignKeys("addresses").get(0);
        assertThat(fk.columns()).containsExactly("user_id");
        assertThat(fk.referredTable()).isEqualTo("users");
        assertThat(fk.referredColumns()).containsExactly("id");
        assertThat(fk.onDelete()).isNull();
        List<ReflectedUniqueConstraint> uq = insp.uniqueConstraints("users");
        assertThat(uq).extracting(ReflectedUniqueConstraint::columns).containsExactly(List.of("name"));
        List<ReflectedCheckConstraint> ck = insp.checkConstraints("addresses");
        assertThat(ck).hasSize(1);
        assertThat(ck.get(0).sqlText()).contains("n").contains("> 0");
        switch (database) {
            case SQLITE -> {
                assertThat(fk.name()).isNull();
                assertThat(uq.get(0).name()).isNull();
                assertThat(ck.get(0).name()).isNull();
                assertThat(insp.primaryKey("users").name()).isNull();
            }
            case POSTGRESQL -> {
                assertThat(fk.name()).isEqualTo("addresses_user_id_fkey");
                assertThat(uq.get(0).name()).isEqualTo("users_name_key");
                assertThat(ck.get(0).name()).isEqualTo("addresses_n_check");
                assertThat(insp.primaryKey("users").name()).isEqualTo("users_pkey");
            }
            case MARIADB -> {
                assertThat(fk.name()).isEqualTo("addresses_ibfk_1");
                assertThat(uq.get(0).name()).isEqualTo("name");
                assertThat(ck.get(0).name()).isEqualTo("CONSTRAINT_1");
                assertThat(insp.primaryKey("users").name()).isNull();
            }
        }
        // the index MariaDB adds for the foreign key is not reported
        assertThat(insp.indexes("addresses")).isEmpty();
    }

    @Test
    void unknownTypesFallBackToNullTypeAndStillQuery() {
        String ddl = switch (database) {
            case SQLITE -> "CREATE TABLE odd (id INTEGER PRIMARY KEY, v WIDGET)";
            case POSTGRESQL -> "CREATE TABLE odd (id SERIAL PRIMARY KEY, v inet)";
            case MARIADB -> "CREATE TABLE odd (id INTEGER AUTO_INCREMENT PRIMARY KEY, v SET('a', 'b'))";
        };
        String value = database == TestDatabase.POSTGRESQL ? "10.0.0.1" : "a";
        engine.transaction(c -> c.execute(text(ddl)));
        ReflectedColumn v = Inspector.of(engine).columns("odd").get(1);
        assertThat(v.type()).isEqualTo(NULLTYPE);
        assertThat(v.typeName()).isNotBlank();
        Table odd = new MetaData().reflectTable(engine, "odd");
        String insertSql = database == TestDatabase.POSTGRESQL ? "INSERT INTO odd (v) VALUES (CAST(:v AS inet))"
                : "INSERT INTO odd (v) VALUES (:v)";
        engine.transaction(c -> c.execute(text(insertSql), Map.of("v", value)));
        try (Connection c = engine.connect()) {
            Object got = c.execute(select(odd.c("v"))).scalar();
            assertThat(String.valueOf(got)).isEqualTo(value);
            assertThat((Object) c.execute(select(odd.c("id"))).scalar()).isEqualTo(1);
        }
    }

    @Test
    void commentsAndAutoincrement() {
        MetaData md = new MetaData();
        md.table("notes", Column.of("id", BIGINT).primaryKey(), Column.of("body", TEXT).comment("the text"));
        md.createAll(engine);
        List<ReflectedColumn> cols = Inspector.of(engine).columns("notes");
        assertThat(cols.get(0).autoincrement()).isTrue();
        assertThat(cols.get(1).autoincrement()).isFalse();
        // SQLite has no column comments
        assertThat(cols.get(1).comment()).isEqualTo(database == TestDatabase.SQLITE ? null : "the text");
        Table notes = new MetaData().reflectTable(engine, "notes");
        assertThat(notes.c("body").comment()).isEqualTo(database == TestDatabase.SQLITE ? null : "the text");
    }

    @Test
    void inspectorOnAConnectionSeesItsOwnTransaction() {
        try (Connection c = engine.connect()) {
            unnamed().createAll(c);
            assertThat(Inspector.of(c).tableNames()).containsExactly("addresses", "users");
            c.commit();
        }
    }

    @Test
    void reflectKeepsTablesAlreadyPresent() {
        MetaData md = unnamed();
        md.createAll(engine);
        Table users = md.tables().get("users");
        md.reflect(engine);
        assertThat(md.tables().get("users")).isSameAs(users);
        assertThat(md.reflectTable(engine, "users")).isSameAs(users);
    }
}
