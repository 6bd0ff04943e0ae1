package org.jalchemy.bench;

import static org.jalchemy.Sql.insert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Engine;
import org.jalchemy.schema.Table;

/** Shared data set-up of the workloads. */
final class Fixtures {
    private Fixtures() {}

    /**
     * Inserts {@code total} customers with ids 1..total, in transactions of 10,000. The ids are given, not
     * generated: MariaDB's batched inserts leave gaps in autoincrement values, and the workloads walk id ranges.
     */
    static void fill(Engine engine, Table customer, int total) {
        for (int start = 0; start < total; start += 10_000) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = start; i < Math.min(total, start + 10_000); i++) {
                rows.add(Map.of("id", i + 1, "name", "customer name " + i, "description", "customer description " + i, "q", i, "p", i));
            }
            engine.transaction(c -> c.execute(insert(customer), rows));
        }
    }
}
