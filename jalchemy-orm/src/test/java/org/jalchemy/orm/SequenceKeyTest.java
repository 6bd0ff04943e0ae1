package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.orm.model.Ticket;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/** {@code @Column(sequence = ...)} keys: the sequence is created before the table and dropped after it. */
class SequenceKeyTest extends DatabaseTest {
    boolean sequences() {
        return engine.dialect().supportsSequences();
    }

    @Test
    void keysComeFromTheSequenceAndDdlOrdersIt() {
        Registry registry = new Registry().map(Ticket.class);
        statements.clear();
        registry.metadata().createAll(engine);
        List<String> ddl = statements.stream().filter(s -> s.startsWith("CREATE")).toList();
        if (sequences()) {
            assertThat(ddl.get(0)).startsWith("CREATE SEQUENCE").contains("tickets_id_seq").contains("START WITH 1000");
            assertThat(ddl.get(1)).startsWith("CREATE TABLE").contains("DEFAULT").contains("tickets_id_seq")
                    .doesNotContain("SERIAL").doesNotContain("AUTO_INCREMENT");
        } else {
            assertThat(ddl).noneMatch(s -> s.contains("SEQUENCE"));
        }
        SessionFactory sessions = SessionFactory.of(engine);
        Ticket a = new Ticket("a");
        Ticket b = new Ticket("b");
        sessions.transaction(s -> s.addAll(List.of(a, b)));
        Ticket c = new Ticket("c");
        sessions.transaction(s -> s.add(c));
        long first = sequences() ? 1000 : 1;
        assertThat(a.id).isInstanceOf(Long.class).isEqualTo(first);
        assertThat(b.id).isEqualTo(first + 1);
        assertThat(c.id).isEqualTo(first + 2);
        try (Session session = sessions.open()) {
            assertThat(session.get(Ticket.class, first + 1).title).isEqualTo("b");
        }
        if (sequences()) {
            Table t = registry.table(Ticket.class);
            try (Connection conn = engine.connect()) {
                Object next = conn.execute(org.jalchemy.Sql.select(t.c("id").sequence().nextValue())).scalar();
                assertThat(next).isInstanceOf(Long.class).isEqualTo(first + 3);
                conn.execute(org.jalchemy.Sql.insert(t).values(Map.of("title", "core")));
                conn.commit();
                assertThat((Object) conn.execute(org.jalchemy.Sql.select(t.c("id")).where(t.c("title").eq("core"))).scalar())
                        .isEqualTo(first + 4);
            }
        }
        statements.clear();
        registry.metadata().dropAll(engine);
        List<String> drops = statements.stream().filter(s -> s.startsWith("DROP")).toList();
        if (sequences()) {
            assertThat(drops).hasSize(2);
            assertThat(drops.get(0)).startsWith("DROP TABLE");
            assertThat(drops.get(1)).startsWith("DROP SEQUENCE");
            try (Connection conn = engine.connect()) {
                assertThat(engine.dialect().hasSequence(conn, "tickets_id_seq")).isFalse();
            }
        }
    }
}
