package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** DDL run on every database: keys, defaults, constraints enforced, reserved names, createAll/dropAll order and cycles. */
class SchemaDdlTest extends DatabaseTest {

    private boolean canAlter() {
        return database != TestDatabase.SQLITE;
    }

    @Test
    void bigintAutoincrementKeyIsGenerated() {
        MetaData md = new MetaData();
        Table events = md.table("events", Column.of("id", BIGINT).primaryKey(), Column.of("name", string(20)));
        md.createAll(engine);
        Object first = engine.transactionResult(c -> c.execute(insert(events).values(Map.of("name", "a"))).insertedPrimaryKey().get(0));
        Object second = engine.transactionResult(c -> c.execute(insert(events).values(Map.of("name", "b"))).insertedPrimaryKey().get(0));
        assertThat(first).isInstanceOf(Long.class).isEqualTo(1L);
        assertThat(second).isEqualTo(2L);
        try (Connection c = engine.connect()) {
            assertThat(c.execute(select(events.c("id")).orderBy(events.c("id"))).scalars().all()).containsExactly(1L, 2L);
        }
    }

    @Test
    void reservedAndMixedCaseNamesWork() {
        MetaData md = new MetaData();
        Table user = md.table("user", Column.of("id", INTEGER).primaryKey(), Column.of("select", string(20)));
        Table order = md.table("order",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("user", INTEGER).references("user.id"),
                Column.of("MixedCase", string(20)).index(),
                Column.of("group", INTEGER));
        Table mixed = md.table("MixedCase", Column.of("Id", INTEGER).primaryKey(), Column.of("Value", string(10)).unique());
        md.createAll(engine);
        engine.transaction(c -> {
            c.execute(insert(user).values(Map.of("id", 1, "select", "x")));
            c.execute(insert(order).values(Map.of("user", 1, "MixedCase", "Mc", "group", 7)));
            c.execute(insert(mixed).values(Map.of("Value", "v")));
        });
        try (Connection c = engine.connect()) {
            Row r = c.execute(select(user.c("select"), order.c("MixedCase"), order.c("group"))
                    .selectFrom(user.join(order)).where(order.c("MixedCase").eq("Mc"))).one();
            assertThat((Object) r.get(0)).isEqualTo("x");
            assertThat((Object) r.get(1)).isEqualTo("Mc");
            assertThat((Object) r.get(2)).isEqualTo(7);
            assertThat((Object) c.execute(select(mixed.c("Id"), mixed.c("Value"))).one().get(0)).isEqualTo(1);
        }
        assertThat(Inspector.of(engine).tableNames()).containsExactlyInAnyOrder("MixedCase", "order", "user");
        md.dropAll(engine);
        assertThat(Inspector.of(engine).tableNames()).isEmpty();
    }

    @Test
    void serverDefaultsAreFilledByTheDatabase() {
        MetaData md = new MetaData();
        Table t = md.table("t",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("created", DATETIME).serverDefault(func.currentTimestamp()).notNull(),
                Column.of("status", string(10)).serverDefault(text("'active'")),
                Column.of("score", INTEGER).serverDefault(text("0")),
                Column.of("ratio", numeric(5, 2)).serverDefault(literal(new java.math.BigDecimal("1.50"))),
                Column.of("flag", BOOLEAN).serverDefault(literal(true)));
        md.createAll(engine);
        engine.transaction(c -> c.execute(insert(t).values(Map.of("id", 1))));
        try (Connection c = engine.connect()) {
            Row r = c.execute(select(t.c("created"), t.c("status"), t.c("score"), t.c("ratio"), t.c("flag"))).one();
            assertThat((Object) r.get(0)).isInstanceOf(LocalDateTime.class);
            assertThat((Object) r.get(1)).isEqualTo("active");
            assertThat((Object) r.get(2)).isEqualTo(0);
            assertThat((Object) r.get(3)).isEqualTo(new java.math.BigDecimal("1.50"));
            assertThat((Object) r.get(4)).isEqualTo(true);
        }
    }

    private MetaData parentsAndChildren() {
        MetaData md = new MetaData();
        md.table("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(20)).unique(),
                CheckConstraint.of("length(name) > 1", "ck_name_len"));
        md.table("addresses", Column.of("id", INTEGER).primaryKey(),
                Column.of("user_id", INTEGER).references("users.id").onDelete("CASCADE"));
        md.table("parent", Column.of("a", INTEGER), Column.of("b", INTEGER), PrimaryKeyConstraint.of("a", "b"));
        md.table("child", Column.of("id", INTEGER).primaryKey(), Column.of("pa", INTEGER), Column.of("pb", INTEGER),
                ForeignKeyConstraint.of(List.of("pa", "pb"), List.of("parent.a", "parent.b")).onUpdate("CASCADE"));
        return md;
    }

    @Test
    void foreignKeyActionsAreEnforced() {
        MetaData md = parentsAndChildren();
        md.createAll(engine);
        Table users = md.tables().get("users");
        Table addresses = md.tables().get("addresses");
        Table parent = md.tables().get("parent");
        Table child = md.tables().get("child");
        engine.transaction(c -> {
            c.execute(insert(users).values(Map.of("id", 1, "name", "al")));
            c.execute(insert(addresses).values(Map.of("id", 1, "user_id", 1)));
            c.execute(insert(parent).values(Map.of("a", 1, "b", 2)));
            c.execute(insert(child).values(Map.of("id", 1, "pa", 1, "pb", 2)));
        });
        engine.transaction(c -> {
            c.execute(delete(users).where(users.c("id").eq(1)));
            c.execute(update(parent).values(Map.of("b", 3)));
        });
        try (Connection c = engine.connect()) {
            long n = c.execute(select(func.count()).selectFrom(addresses)).scalar();
            assertThat(n).isEqualTo(0L);
            assertThat((Object) c.execute(select(child.c("pb"))).scalar()).isEqualTo(3);
        }
        assertThatThrownBy(() -> engine.transaction(c -> c.execute(insert(addresses).values(Map.of("id", 2, "user_id", 99)))))
                .isInstanceOf(IntegrityError.class);
    }

    @Test
    void uniqueAndCheckConstraintsAreEnforced() {
        MetaData md = parentsAndChildren();
        md.createAll(engine);
        Table users = md.tables().get("users");
        engine.transaction(c -> c.execute(insert(users).values(Map.of("id", 1, "name", "al"))));
        assertThatThrownBy(() -> engine.transaction(c -> c.execute(insert(users).values(Map.of("id", 2, "name", "al")))))
                .isInstanceOf(IntegrityError.class);
        assertThatThrownBy(() -> engine.transaction(c -> c.execute(insert(users).values(Map.of("id", 3, "name", "x")))))
                .isInstanceOf(IntegrityError.class);
    }

    @Test
    void createAllLeavesExistingTablesAndDropAllSkipsMissingOnes() {
        MetaData md = parentsAndChildren();
        md.createAll(engine);
        clearStatements();
        md.createAll(engine);
        assertThat(statements).noneMatch(s -> s.startsWith("CREATE"));
        md.tables().get("child").drop(engine);
        assertThat(Inspector.of(engine).hasTable("child")).isFalse();
        clearStatements();
        md.dropAll(engine);
        assertThat(statements).filteredOn(s -> s.startsWith("DROP")).hasSize(3);
        assertThat(Inspector.of(engine).tableNames()).isEmpty();
        md.tables().get("users").create(engine);
        assertThat(Inspector.of(engine).tableNames()).containsExactly("users");
    }

    @Test
    void createAllOrdersByForeignKeysAndDropAllReverses() {
        MetaData md = new MetaData();
        md.table("c", Column.of("id", INTEGER).primaryKey(), Column.of("b_id", INTEGER).references("b.id"));
        md.table("b", Column.of("id", INTEGER).primaryKey(), Column.of("a_id", INTEGER).references("a.id"));
        md.table("a", Column.of("id", INTEGER).primaryKey());
        md.createAll(engine);
        assertThat(statements).filteredOn(s -> s.startsWith("CREATE TABLE"))
                .extracting(s -> s.split(" ")[2]).containsExactly("a", "b", "c");
        clearStatements();
        md.dropAll(engine);
        assertThat(statements).filteredOn(s -> s.startsWith("DROP TABLE")).containsExactly("DROP TABLE c", "DROP TABLE b",
                "DROP TABLE a");
    }

    private static MetaData cycle(MetaData md) {
        md.table("a", Column.of("id", INTEGER).primaryKey(), Column.of("b_id", INTEGER).references("b.id"));
        md.table("b", Column.of("id", INTEGER).primaryKey(), Column.of("a_id", INTEGER).references("a.id"));
        return md;
    }

    private void assertCycleWorks(MetaData md) {
        md.createAll(engine);
        List<String> created = List.copyOf(statements);
        if (canAlter()) {
            assertThat(created).filteredOn(s -> s.startsWith("ALTER TABLE")).hasSize(1).allMatch(s -> s.contains("ADD")
                    && s.contains("FOREIGN KEY(b_id) REFERENCES b (id)"));
        } else {
            assertThat(created).noneMatch(s -> s.startsWith("ALTER"));
        }
        Table a = md.tables().get("a");
        Table b = md.tables().get("b");
        engine.transaction(c -> {
            c.execute(insert(a).values(Map.of("id", 1)));
            c.execute(insert(b).values(Map.of("id", 1, "a_id", 1)));
            c.execute(update(a).values(Map.of("b_id", 1)));
        });
        // both directions are enforced
        assertThatThrownBy(() -> engine.transaction(c -> c.execute(insert(a).values(Map.of("id", 2, "b_id", 42)))))
                .isInstanceOf(IntegrityError.class);
        assertThatThrownBy(() -> engine.transaction(c -> c.execute(insert(b).values(Map.of("id", 2, "a_id", 42)))))
                .isInstanceOf(IntegrityError.class);
        engine.transaction(c -> c.execute(update(a).values(java.util.Collections.singletonMap("b_id", null))));
        clearStatements();
        md.dropAll(engine);
        if (canAlter()) {
            assertThat(statements).filteredOn(s -> s.startsWith("ALTER TABLE a DROP")).hasSize(1);
        }
        assertThat(Inspector.of(engine).tableNames()).isEmpty();
    }

    @Test
    void cycleWithDatabaseNamedForeignKeys() {
        assertCycleWorks(cycle(new MetaData()));
    }

    @Test
    void cycleWithConventionNamedForeignKeys() {
        MetaData md = cycle(new MetaData(NamingConvention.DEFAULT.with("fk", "fk_%(table_name)s_%(column_0_name)s")));
        assertCycleWorks(md);
    }

    @Test
    void namingConventionNamesReachTheDatabase() {
        MetaData md = new MetaData(NamingConvention.of(Map.of(
                "ix", "ix_%(column_0_label)s",
                "uq", "uq_%(table_name)s_%(column_0_name)s",
                "ck", "ck_%(table_name)s_%(constraint_name)s",
                "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
                "pk", "pk_%(table_name)s")));
        md.table("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(20)).unique(),
                CheckConstraint.of("length(name) > 1", "name_len"));
        md.table("addresses", Column.of("id", INTEGER).primaryKey(),
                Column.of("user_id", INTEGER).references("users.id").index());
        md.createAll(engine);
        Inspector insp = Inspector.of(engine);
        assertThat(insp.uniqueConstraints("users")).extracting(ReflectedUniqueConstraint::name).containsExactly("uq_users_name");
        assertThat(insp.checkConstraints("users")).extracting(ReflectedCheckConstraint::name).containsExactly("ck_users_name_len");
        assertThat(insp.foreignKeys("addresses")).extracting(ReflectedForeignKey::name)
                .containsExactly("fk_addresses_user_id_users");
        assertThat(insp.indexes("addresses")).extracting(ReflectedIndex::name).containsExactly("ix_addresses_user_id");
        String pkName = insp.primaryKey("users").name();
        if (database == TestDatabase.MARIADB) {
            assertThat(pkName).isNull(); // MariaDB always calls it PRIMARY
        } else {
            assertThat(pkName).isEqualTo("pk_users");
        }
    }
}
