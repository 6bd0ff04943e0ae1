package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.CompileError;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Dropping a CHECK constraint through Core DDL. MySQL's dialect used to send {@code DROP CHECK}, a syntax error
 * on MariaDB; {@code DROP CONSTRAINT} works on MariaDB, on MySQL 8.0.19+ and on PostgreSQL.
 */
class DropCheckConstraintTest extends DatabaseTest {
    @Test
    void dropCheckThroughCoreDdl() {
        MetaData md = new MetaData();
        CheckConstraint ck = CheckConstraint.of("qty > 0", "ck_items_qty");
        Table items = md.table("items", Column.of("id", INTEGER).primaryKey(), Column.of("qty", INTEGER), ck);
        md.createAll(engine);
        assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(insert(items).values(Map.of("id", 1, "qty", -1)))))
                .isInstanceOf(IntegrityError.class);
        if (database == TestDatabase.SQLITE) {
            assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(new DropConstraint(ck))))
                    .isInstanceOf(CompileError.class).hasMessageContaining("ck_items_qty").hasMessageContaining("batchAlterTable");
            return;
        }
        clearStatements();
        engine.transaction(conn -> conn.execute(new DropConstraint(ck)));
        assertThat(statements).containsExactly("ALTER TABLE items DROP CONSTRAINT ck_items_qty");
        engine.transaction(conn -> conn.execute(insert(items).values(Map.of("id", 1, "qty", -1))));
        try (Connection conn = engine.connect()) {
            assertThat((Object) conn.execute(select(items.c("qty"))).scalar()).isEqualTo(-1);
        }
        assertThat(Inspector.of(engine).checkConstraints("items")).isEmpty();
    }
}
