package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.jalchemy.types.SqlType;
import org.junit.jupiter.api.Test;

/**
 * Defines a rich schema, creates it, reflects it and compares everything the database reports against the
 * definition; then re-creates the schema from the reflected MetaData and checks it reflects the same again.
 */
class ReflectionRoundTripTest extends DatabaseTest {
    static final NamingConvention CONVENTION = NamingConvention.of(Map.of(
            "ix", "ix_%(column_0_label)s",
            "uq", "uq_%(table_name)s_%(column_0_name)s",
            "ck", "ck_%(table_name)s_%(constraint_name)s",
            "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk", "pk_%(table_name)s"));

    static MetaData richSchema() {
        MetaData md = new MetaData(CONVENTION);
        md.table("users",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("username", string(50)).unique().notNull(),
                Column.of("email", string(100)).notNull().index(),
                Column.of("age", SMALLINT),
                Column.of("active", BOOLEAN),
                Column.of("created", DATETIME).serverDefault(func.currentTimestamp()),
                Column.of("balance", numeric(10, 2)),
                Column.of("bio", TEXT),
                Column.of("score", DOUBLE),
                Column.of("ratio", FLOAT),
                Column.of("born", DATE),
                Column.of("wakes", TIME),
                CheckConstraint.of("age >= 0", "age_positive"));
        md.table("addresses",
                Column.of("id", BIGINT).primaryKey(),
                Column.of("user_id", INTEGER).references("users.id").onDelete("CASCADE").notNull(),
                Column.of("email", string(100)),
                Column.of("kind", string(10)).serverDefault(text("'home'")).notNull(),
                Index.of("ix_addresses_email_kind", "email", "kind").unique());
        md.table("tags",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", string(30)).unique());
        md.table("user_tags",
                Column.of("user_id", INTEGER).references("users.id").onDelete("CASCADE").primaryKey(),
                Column.of("tag_id", INTEGER).references("tags.id").primaryKey());
        md.table("parent",
                Column.of("a", INTEGER),
                Column.of("b", string(10)),
                Column.of("x", INTEGER),
                Column.of("y", INTEGER),
                PrimaryKeyConstraint.of("a", "b"),
                UniqueConstraint.of("x", "y"));
        md.table("child",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("pa", INTEGER),
                Column.of("pb", string(10)),
                ForeignKeyConstraint.of(List.of("pa", "pb"), List.of("parent.a", "parent.b"))
                        .onDelete("CASCADE").onUpdate("CASCADE"));
        md.table("order",
                Column.of("select", INTEGER).primaryKey(),
                Column.of("user", INTEGER).references("users.id").onDelete("SET NULL"),
                Column.of("MixedCase", string(20)).index());
        md.table("blobs",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("data", LARGE_BINARY),
                Column.of("doc", JSON),
                Column.of("at", TIMESTAMPTZ));
        return md;
    }

    /** The type the database gives back for {@code c}: the same, except where this database stores something else. */
    private SqlType<?> expectedType(Column<?> c) {
        if (database == TestDatabase.SQLITE && c.isAutoincrement()) {
            return INTEGER; // declared INTEGER so that it is the rowid alias
        }
        if (database == TestDatabase.MARIADB && c.type().equals(TIMESTAMPTZ)) {
            return DATETIME; // stored as UTC DATETIME(6)
        }
        if (database == TestDatabase.MARIADB && c.type().equals(FLOAT)) {
            return DOUBLE; // stored as DOUBLE: MariaDB's FLOAT reads back with only 6 significant digits
        }
        return c.type();
    }

    private record Fk(String name, List<String> columns, String referred, List<String> referredColumns, String onDelete,
                      String onUpdate) {}

    private record Ix(String name, List<String> columns, boolean unique) {}

    private record Uq(String name, List<String> columns) {}

    private Set<Fk> expectedForeignKeys(Table t) {
        Set<Fk> out = new HashSet<>();
        for (ForeignKeyConstraint fk : t.foreignKeys()) {
            List<String> ref = fk.referredColumns().stream().map(Column::name).toList();
            out.add(new Fk(t.metadata().constraintName(fk), fk.columnNames(), fk.referredTableName(), ref,
                    fk.onDeleteAction(), fk.onUpdateAction()));
        }
        return out;
    }

    private Set<Ix> expectedIndexes(Table t) {
        Set<Ix> out = new HashSet<>();
        for (Index i : t.indexes()) {
            out.add(new Ix(t.metadata().indexName(i), i.columnNames(), i.isUnique()));
        }
        if (database == TestDatabase.MARIADB) {
            // a UNIQUE constraint is a unique index there
            for (UniqueConstraint u : t.uniqueConstraints()) {
                out.add(new Ix(t.metadata().constraintName(u), u.columnNames(), true));
            }
        }
        return out;
    }

    private Set<Uq> expectedUniques(Table t) {
        Set<Uq> out = new HashSet<>();
        for (UniqueConstraint u : t.uniqueConstraints()) {
            out.add(new Uq(t.metadata().constraintName(u), u.columnNames()));
        }
        if (database == TestDatabase.MARIADB) {
            for (Index i : t.indexes()) {
                if (i.isUnique()) {
                    out.add(new Uq(t.metadata().indexName(i), i.columnNames()));
                }
            }
        }
        return out;
    }

    /** Everything the inspector says about one table, in comparable form. */
    private record Snapshot(List<ReflectedColumn> columns, ReflectedPrimaryKey pk, Set<Fk> fks, Set<Ix> indexes,
                            Set<Uq> uniques, Set<String> checks) {}

    private Snapshot snapshot(Inspector insp, String table) {
        Set<Fk> fks = new HashSet<>();
        for (ReflectedForeignKey f : insp.foreignKeys(table)) {
            fks.add(new Fk(f.name(), f.columns(), f.referredTable(), f.referredColumns(), f.onDelete(), f.onUpdate()));
        }
        Set<Ix> ixs = new HashSet<>();
        for (ReflectedIndex i : insp.indexes(table)) {
            ixs.add(new Ix(i.name(), i.columns(), i.unique()));
        }
        Set<Uq> uqs = new HashSet<>();
        for (ReflectedUniqueConstraint u : insp.uniqueConstraints(table)) {
            uqs.add(new Uq(u.name(), u.columns()));
        }
        Set<String> checks = new HashSet<>();
        for (ReflectedCheckConstraint c : insp.checkConstraints(table)) {
            checks.add(c.name());
        }
        return new Snapshot(insp.columns(table), insp.primaryKey(table), fks, ixs, uqs, checks);
    }

    private Map<String, Snapshot> snapshotAll() {
        Inspector insp = Inspector.of(engine);
        Map<String, Snapshot> out = new LinkedHashMap<>();
        for (String t : insp.tableNames()) {
            out.put(t, snapshot(insp, t));
        }
        return out;
    }

    @Test
    void inspectorReportsWhatWasDefined() {
        MetaData md = richSchema();
        md.createAll(engine);
        Inspector insp = Inspector.of(engine);
        assertThat(insp.tableNames()).containsExactlyInAnyOrderElementsOf(md.tables().keySet());
        for (Table t : md.tables().values()) {
            Snapshot s = snapshot(insp, t.name());
            String where = database + " table " + t.name();
            assertThat(s.columns()).as(where).extracting(ReflectedColumn::name)
                    .containsExactlyElementsOf(t.columns().stream().map(Column::name).toList());
            for (int i = 0; i < t.columns().size(); i++) {
                Column<?> c = t.columns().get(i);
                ReflectedColumn rc = s.columns().get(i);
                String col = where + " column " + c.name() + " (" + rc.typeName() + ")";
                assertThat(rc.type()).as(col).isEqualTo(expectedType(c));
                assertThat(rc.nullable()).as(col).isEqualTo(c.isNullable());
                assertThat(rc.autoincrement()).as(col).isEqualTo(c.isAutoincrement());
                assertThat(rc.defaultText() != null).as(col + " default " + rc.defaultText())
                        .isEqualTo(c.serverDefaultValue() != null || (c.isAutoincrement() && database == TestDatabase.POSTGRESQL));
            }
            assertThat(s.pk().columns()).as(where).containsExactlyElementsOf(
                    t.primaryKeyColumns().stream().map(Column::name).toList());
            assertThat(s.pk().name()).as(where).isEqualTo(database == TestDatabase.MARIADB ? null : "pk_" + t.name());
            assertThat(s.fks()).as(where).isEqualTo(expectedForeignKeys(t));
            assertThat(s.indexes()).as(where).isEqualTo(expectedIndexes(t));
            assertThat(s.uniques()).as(where).isEqualTo(expectedUniques(t));
            Set<String> checks = new HashSet<>();
            for (CheckConstraint ck : t.checkConstraints()) {
                checks.add(md.constraintName(ck));
            }
            assertThat(s.checks()).as(where).isEqualTo(checks);
        }
        assertThat(insp.columns("addresses").get(3).defaultText()).contains("home");
        assertThat(insp.checkConstraints("users").get(0).sqlText()).contains("age").contains(">= 0");
    }

    @Test
    void reflectedMetaDataRecreatesTheSameSchema() {
        MetaData md = richSchema();
        md.createAll(engine);
        Map<String, Snapshot> before = snapshotAll();

        MetaData reflected = new MetaData();
        reflected.reflect(engine);
        assertThat(reflected.tables().keySet()).containsExactlyInAnyOrderElementsOf(md.tables().keySet());
        Table users = reflected.tables().get("users");
        assertThat(users.primaryKeyColumns()).extracting(Column::name).containsExactly("id");
        assertThat(users.c("id").isAutoincrement()).isTrue();
        Table child = reflected.tables().get("child");
        assertThat(child.foreignKeys()).hasSize(1);
        assertThat(child.foreignKeys().get(0).referredColumns()).extracting(Column::name).containsExactly("a", "b");
        assertThat(reflected.tables().get("user_tags").primaryKeyColumns()).extracting(Column::name)
                .containsExactly("user_id", "tag_id");

        md.dropAll(engine);
        assertThat(Inspector.of(engine).tableNames()).isEmpty();
        reflected.createAll(engine);
        Map<String, Snapshot> after = snapshotAll();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String t : before.keySet()) {
            Snapshot b = before.get(t);
            Snapshot a = after.get(t);
            assertThat(a.columns()).as(t).extracting(ReflectedColumn::name, ReflectedColumn::type, ReflectedColumn::nullable,
                    ReflectedColumn::autoincrement).containsExactlyElementsOf(
                    b.columns().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.name(), c.type(), c.nullable(),
                            c.autoincrement())).toList());
            assertThat(a.pk()).as(t).isEqualTo(b.pk());
            assertThat(a.fks()).as(t).isEqualTo(b.fks());
            assertThat(a.indexes()).as(t).isEqualTo(b.indexes());
            assertThat(a.uniques()).as(t).isEqualTo(b.uniques());
            assertThat(a.checks()).as(t).isEqualTo(b.checks());
        }
    }

    @Test
    void reflectedTablesWorkInStatements() {
        richSchema().createAll(engine);
        MetaData reflected = new MetaData();
        Table addresses = reflected.reflectTable(engine, "addresses");
        // the referred table comes along, so the join finds its ON clause
        Table users = reflected.tables().get("users");
        assertThat(users).isNotNull();
        Object id = engine.transactionResult(c -> c.execute(insert(users).values(Map.of("username", "al", "email", "a@x.org",
                "age", 30, "active", true))).insertedPrimaryKey().get(0));
        assertThat(id).isEqualTo(1);
        engine.transaction(c -> c.execute(insert(addresses).values(Map.of("user_id", 1, "email", "home@x.org"))));
        try (Connection c = engine.connect()) {
            Row r = c.execute(select(users.c("username"), users.c("active"), addresses.c("email"), addresses.c("kind"),
                    addresses.c("id")).selectFrom(users.join(addresses))).one();
            assertThat((Object) r.get(0)).isEqualTo("al");
            assertThat((Object) r.get(1)).isEqualTo(true);
            assertThat((Object) r.get(2)).isEqualTo("home@x.org");
            assertThat((Object) r.get(3)).isEqualTo("home");
            assertThat((Object) r.get(4)).isInstanceOf(database == TestDatabase.SQLITE ? Integer.class : Long.class);
        }
    }

    @Test
    void reservedNamesSurviveReflection() {
        richSchema().createAll(engine);
        MetaData reflected = new MetaData();
        Table order = reflected.reflectTable(engine, "order");
        engine.transaction(c -> {
            c.execute(insert(reflected.tables().get("users")).values(Map.of("id", 5, "username", "u", "email", "e")));
            c.execute(insert(order).values(Map.of("select", 1, "user", 5, "MixedCase", "Mc")));
        });
        try (Connection c = engine.connect()) {
            List<Object> got = new ArrayList<>(c.execute(select(order.c("select"), order.c("user"), order.c("MixedCase"))).one().toMap().values());
            assertThat(got).containsExactly(1, 5, "Mc");
        }
    }
}
