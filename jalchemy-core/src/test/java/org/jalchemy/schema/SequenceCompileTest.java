package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.types.Types.*;

import java.util.Set;
import org.jalchemy.Sql;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.mysql.MariaDbDialect;
import org.jalchemy.dialect.oracle.OracleDialect;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.exc.CompileError;
import org.junit.jupiter.api.Test;

/** {@code Sequence.nextValue()} and a sequence column's DEFAULT, compiled per dialect. */
class SequenceCompileTest {
    private static final Sequence SEQ = new Sequence("order_seq", 1000);

    private static String sql(Dialect d, org.jalchemy.sql.Executable e) {
        return d.compile(e, Set.of()).sql();
    }

    @Test
    void nextValuePerDialect() {
        assertThat(sql(PostgresDialect.INSTANCE, Sql.select(SEQ.nextValue()))).startsWith("SELECT nextval('order_seq')");
        assertThat(sql(MariaDbDialect.INSTANCE, Sql.select(SEQ.nextValue()))).startsWith("SELECT NEXT VALUE FOR order_seq");
        assertThat(sql(OracleDialect.INSTANCE, Sql.select(SEQ.nextValue()))).startsWith("SELECT order_seq.NEXTVAL");
        assertThat(SEQ.nextValue().type()).isEqualTo(BIGINT);
        assertThatThrownBy(() -> sql(SqliteDialect.INSTANCE, Sql.select(SEQ.nextValue())))
                .isInstanceOf(CompileError.class).hasMessageContaining("order_seq");
    }

    @Test
    void sequenceColumnDefaultsToTheNextValueInsteadOfAutoincrement() {
        Table t = new MetaData().table("orders", Column.of("id", BIGINT).primaryKey().sequence(SEQ));
        assertThat(sql(PostgresDialect.INSTANCE, new CreateTable(t))).contains("id BIGINT DEFAULT nextval('order_seq') NOT NULL");
        assertThat(sql(MariaDbDialect.INSTANCE, new CreateTable(t)))
                .contains("id BIGINT DEFAULT NEXT VALUE FOR order_seq NOT NULL").doesNotContain("AUTO_INCREMENT");
        assertThat(sql(OracleDialect.INSTANCE, new CreateTable(t)))
                .contains("DEFAULT order_seq.NEXTVAL").doesNotContain("IDENTITY");
        assertThat(sql(SqliteDialect.INSTANCE, new CreateTable(t))).contains("id INTEGER NOT NULL").doesNotContain("DEFAULT");
    }
}
