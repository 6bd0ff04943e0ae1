package org.jalchemy.bench;

import org.jalchemy.engine.Engine;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/** The {@code customer} table of one benchmark trial: created afresh (and filled), dropped at the end. */
final class CustomerTable implements AutoCloseable {
    final Engine engine;
    final MetaData metadata;
    final Table table;

    private CustomerTable(Engine engine, MetaData metadata, Table table) {
        this.engine = engine;
        this.metadata = metadata;
        this.table = table;
    }

    /** Recreates the table on {@code database} and fills it with {@code rows} customers (none when 0). */
    static CustomerTable create(BenchDatabase database, int rows) {
        Engine engine = Engine.create(database.benchUrl());
        MetaData metadata = new MetaData();
        Table table = BenchDatabase.customerTable(metadata);
        BenchDatabase.recreate(engine, metadata);
        if (rows > 0) {
            Fixtures.fill(engine, table, rows);
        }
        return new CustomerTable(engine, metadata, table);
    }

    /** Drops the table and closes the engine's connections. */
    @Override public void close() {
        metadata.dropAll(engine);
        engine.dispose();
    }
}
