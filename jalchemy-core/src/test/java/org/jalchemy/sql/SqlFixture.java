package org.jalchemy.sql;

import static org.jalchemy.types.Types.*;

import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/** The shared schema of the expression-language tests: users, addresses, orders and a self-referential nodes tree. */
final class SqlFixture {
    final MetaData metadata = new MetaData();
    final Table users = metadata.table("users",
            Column.of("id", INTEGER).primaryKey(),
            Column.of("username", string(50)).unique().notNull(),
            Column.of("email", string(100)),
            Column.of("age", INTEGER));
    final Table addresses = metadata.table("addresses",
            Column.of("id", INTEGER).primaryKey(),
            Column.of("user_id", INTEGER).references("users.id"),
            Column.of("email", string(100)).notNull());
    final Table orders = metadata.table("orders",
            Column.of("id", INTEGER).primaryKey(),
            Column.of("user_id", INTEGER).references("users.id"),
            Column.of("total", numeric(10, 2)));
    final Table nodes = metadata.table("nodes",
            Column.of("id", INTEGER).primaryKey(),
            Column.of("parent_id", INTEGER).references("nodes.id"),
            Column.of("name", string(50)));
}
