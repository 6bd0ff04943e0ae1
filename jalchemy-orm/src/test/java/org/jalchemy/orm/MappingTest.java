package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.Naming;
import org.jalchemy.orm.model.Address;
import org.jalchemy.orm.model.Sample;
import org.jalchemy.orm.model.User;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.types.Types;
import org.junit.jupiter.api.Test;

/** Declarative mapping: names, types, constraints, and the errors for classes that cannot be mapped. */
class MappingTest {
    @Entity(table = "no_ids")
    static class NoId {
        String name;
        protected NoId() {}
    }

    @Entity(table = "bad_types")
    static class BadType {
        @Id Integer id;
        List<String> tags;
        protected BadType() {}
    }

    @Entity(table = "orphans")
    static class Orphan {
        @Id Integer id;
        @ForeignKey("parents.id") Integer parentId;
        protected Orphan() {}
    }

    @Entity(table = "no_ctor")
    static class NoConstructor {
        @Id Integer id;
        NoConstructor(int id) { this.id = id; }
    }

    static class NotAnEntity {
        Integer id;
    }

    @Entity
    static class OrderLine {
        @Id Integer id;
        Integer HTTPCode;
        int quantity;
        static int counter;
        transient String cache;
        protected OrderLine() {}
    }

    @Test
    void namesAreSnakeCaseByDefault() {
        assertThat(Naming.snakeCase("userId")).isEqualTo("user_id");
        assertThat(Naming.snakeCase("OrderLine")).isEqualTo("order_line");
        assertThat(Naming.snakeCase("HTTPCode")).isEqualTo("http_code");
        assertThat(Naming.snakeCase("address2Line")).isEqualTo("address2_line");
        Table t = new Registry().map(OrderLine.class).table(OrderLine.class);
        assertThat(t.name()).isEqualTo("order_line");
        assertThat(t.columns()).extracting(Column::name).containsExactly("id", "http_code", "quantity");
        assertThat(t.c("quantity").isNullable()).isFalse();
        assertThat(t.c("http_code").isNullable()).isTrue();
    }

    @Test
    void tableHasKeysConstraintsAndIndexes() {
        Registry r = new Registry().map(User.class, Address.class);
        Table users = r.table(User.class);
        Table addresses = r.table(Address.class);
        assertThat(users.primaryKeyColumns()).extracting(Column::name).containsExactly("id");
        assertThat(users.c("id").isAutoincrement()).isTrue();
        assertThat(users.c("username").type()).isEqualTo(Types.string(50));
        assertThat(users.c("username").isUnique()).isTrue();
        assertThat(users.c("username").isNullable()).isFalse();
        assertThat(users.c("age").type()).isEqualTo(Types.INTEGER);
        assertThat(users.columnOrNull("note")).as("@Transient field").isNull();
        assertThat(addresses.c("user_id").foreignKeys()).extracting(fk -> fk.target()).containsExactly("users.id");
        assertThat(addresses.indexes()).extracting(i -> r.metadata().indexName(i)).containsExactly("ix_addresses_email");
        assertThat(r.metadata().sortedTables()).containsExactly(users, addresses);
        assertThat(r.mappedClasses()).containsExactly(User.class, Address.class);
    }

    @Test
    void javaTypesMapToSqlTypes() {
        Table t = new Registry().map(Sample.class).table(Sample.class);
        assertThat(t.c("count").type()).isEqualTo(Types.BIGINT);
        assertThat(t.c("big").type()).isEqualTo(Types.BIGINT);
        assertThat(t.c("body").type()).isEqualTo(Types.TEXT);
        assertThat(t.c("flag").type()).isEqualTo(Types.BOOLEAN);
        assertThat(t.c("price").type()).isEqualTo(Types.numeric(10, 2));
        assertThat(t.c("ratio").type()).isEqualTo(Types.DOUBLE);
        assertThat(t.c("weight").type()).isEqualTo(Types.FLOAT);
        assertThat(t.c("day").type()).isEqualTo(Types.DATE);
        assertThat(t.c("moment").type()).isEqualTo(Types.DATETIME);
        assertThat(t.c("stamp").type()).isEqualTo(Types.TIMESTAMPTZ);
        assertThat(t.c("time").type()).isEqualTo(Types.TIME);
        assertThat(t.c("wait").type()).isEqualTo(Types.INTERVAL);
        assertThat(t.c("token").type()).isEqualTo(Types.UUID);
        assertThat(t.c("data").type()).isEqualTo(Types.LARGE_BINARY);
        assertThat(t.c("color").type()).isEqualTo(Types.enumOf(Sample.Color.class));
        assertThat(t.c("status_text").type()).isEqualTo(Types.string(255));
        assertThat(t.c("status_text").serverDefaultValue()).isNotNull();
    }

    @Test
    void classWithoutIdFails() {
        assertThatThrownBy(() -> new Registry().map(NoId.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining("MappingTest$NoId").hasMessageContaining("no @Id field");
    }

    @Test
    void unmappableFieldTypeFailsNamingClassAndField() {
        assertThatThrownBy(() -> new Registry().map(BadType.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining("MappingTest$BadType.tags").hasMessageContaining("java.util.List<java.lang.String>")
                .hasMessageContaining("@Transient");
    }

    @Test
    void foreignKeyToUnknownTableFailsAtCreateAll() {
        Registry r = new Registry().map(Orphan.class);
        try (Engine engine = Engine.create("sqlite:///:memory:")) {
            assertThatThrownBy(() -> r.metadata().createAll(engine)).isInstanceOf(MappingError.class)
                    .hasMessageContaining("Orphan.parentId").hasMessageContaining("unknown table 'parents'");
        }
    }

    @Test
    void missingConstructorAndMissingAnnotationFail() {
        assertThatThrownBy(() -> new Registry().map(NoConstructor.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining("NoConstructor needs a no-argument constructor");
        assertThatThrownBy(() -> new Registry().map(NotAnEntity.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining("is not annotated with @Entity");
    }

    @Test
    void mappingTheSameClassTwiceInOneRegistryFails() {
        Registry r = new Registry().map(User.class);
        assertThatThrownBy(() -> r.map(User.class)).isInstanceOf(MappingError.class).hasMessageContaining("already mapped");
    }

    @Test
    void sessionRejectsUnmappedClasses() {
        try (Engine engine = Engine.create("sqlite:///:memory:"); Session s = SessionFactory.of(engine).open()) {
            assertThatThrownBy(() -> s.add(new NotAnEntity())).isInstanceOf(UnmappedClassError.class)
                    .hasMessageContaining("NotAnEntity is not mapped");
        }
    }
}
