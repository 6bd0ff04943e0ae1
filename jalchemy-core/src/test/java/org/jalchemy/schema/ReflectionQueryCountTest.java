package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * How many catalogue queries reflecting a schema sends (counted through beforeExecute, which reflection queries go
 * through): SQLite reads each table's CREATE TABLE text once, and every database asks whether a table exists once.
 */
class ReflectionQueryCountTest extends DatabaseTest {

    private long matching(String fragment) {
        return statements.stream().filter(s -> s.contains(fragment)).count();
    }

    @Test
    void reflectingASchemaReadsEachTableOnce() {
        MetaData defined = ReflectionRoundTripTest.richSchema();
        defined.createAll(engine);
        int tables = defined.tables().size();
        clearStatements();
        MetaData reflected = new MetaData();
        reflected.reflect(engine);
        List<String> sent = List.copyOf(statements);
        System.out.println(database + " reflect of " + tables + " tables: " + sent.size() + " statements");
        assertThat(reflected.tables().keySet()).containsExactlyInAnyOrderElementsOf(defined.tables().keySet());
        if (database == TestDatabase.SQLITE) {
            // the table list, then per table: its CREATE TABLE text, table_info, foreign_key_list, indexes with columns
            assertThat(matching("sqlite_master")).isEqualTo(1 + tables);
            assertThat(matching("table_info")).isEqualTo(tables);
            assertThat(matching("foreign_key_list")).isEqualTo(tables);
            assertThat(matching("index_list")).isEqualTo(tables);
            assertThat(sent).hasSize(1 + 4 * tables);
        }
    }

    @Test
    void reflectingOneTableAndTheTablesItRefersTo() {
        ReflectionRoundTripTest.richSchema().createAll(engine);
        clearStatements();
        MetaData reflected = new MetaData();
        reflected.reflectTable(engine, "user_tags");
        System.out.println(database + " reflectTable(user_tags): " + statements.size() + " statements");
        assertThat(reflected.tables().keySet()).containsExactlyInAnyOrder("user_tags", "users", "tags");
        if (database == TestDatabase.SQLITE) {
            assertThat(matching("sqlite_master")).isEqualTo(3);
            assertThat(statements).hasSize(4 * 3);
        }
    }
}
