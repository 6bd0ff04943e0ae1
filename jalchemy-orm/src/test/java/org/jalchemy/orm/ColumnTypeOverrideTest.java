package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;

import java.math.BigDecimal;
import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.orm.model.Priced;
import org.jalchemy.orm.model.Priced.Money;
import org.jalchemy.orm.model.Priced_;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @Column(type = ...)} uses a custom SqlType; a field initializer is the client-side INSERT default only. */
class ColumnTypeOverrideTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Priced.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
    }

    @Test
    void decoratorFieldRoundTripsAndFiltersThroughTheMetamodel() {
        assertThat(registry.table(Priced.class).c("price").type()).isInstanceOf(Priced.MoneyType.class);
        assertThat(Priced_.price.javaType()).isEqualTo(Money.class);
        sessions.transaction(s -> s.addAll(List.of(new Priced(new Money(1250)), new Priced(new Money(99)))));
        try (Connection c = engine.connect()) {
            assertThat((Object) c.execute(org.jalchemy.Sql.select(registry.table(Priced.class).c("price"))
                    .where(registry.table(Priced.class).c("id").eq(1))).scalar()).isEqualTo(new Money(1250));
            Object stored = c.execute(text("SELECT price FROM priced WHERE id = 1")).scalar();
            assertThat(new BigDecimal(stored.toString())).as("stored in whole units").isEqualByComparingTo("12.50");
        }
        try (Session session = sessions.open()) {
            List<Priced> cheap = session.scalars(OrmSql.select(Priced.class).where(Priced_.price.lt(new Money(1000)))).all();
            assertThat(cheap).singleElement().satisfies(p -> {
                assertThat(p.price).isInstanceOf(Money.class).isEqualTo(new Money(99));
                assertThat(p.id).isEqualTo(2);
            });
            Priced first = session.get(Priced.class, 1);
            assertThat(first.price).isEqualTo(new Money(1250));
            first.price = new Money(1300);
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(Priced.class, 1).price).isEqualTo(new Money(1300));
        }
    }

    @Test
    void fieldInitializerIsTheInsertDefaultButNeverOverwritesLoadedValues() {
        sessions.transaction(s -> s.add(new Priced(new Money(1))));
        try (Connection c = engine.connect()) {
            c.execute(update(registry.table(Priced.class)).values(java.util.Map.of("status", "shipped")));
            c.execute(insert(registry.table(Priced.class)).values(java.util.Map.of("id", 2)));
            c.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(Priced.class, 1).status).isEqualTo("shipped");
            Priced bare = session.get(Priced.class, 2);
            assertThat(bare.status).as("NULL in the row, not the initializer's value").isNull();
            assertThat(bare.price).isNull();
            assertThat(session.isModified(bare)).isFalse();
        }
    }

    /** A type whose Java type does not match the field. */
    @Entity(table = "bad_typed")
    static class BadTyped {
        @Id Integer id;
        @Column(type = Priced.MoneyType.class) String price;
    }

    @Test
    void mismatchedTypeIsAMappingError() {
        assertThatThrownBy(() -> new Registry().map(BadTyped.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("BadTyped.price")
                .hasMessageContaining(Money.class.getName())
                .hasMessageContaining("java.lang.String");
    }
}
