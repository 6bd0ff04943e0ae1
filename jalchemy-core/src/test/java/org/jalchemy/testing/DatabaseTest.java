package org.jalchemy.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jalchemy.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;

/**
 * Base for tests that run on every database: each test gets {@link #engine} on a fresh, private schema,
 * and {@link #statements} records every SQL statement it sends (via {@code beforeExecute}).
 */
@AllDatabases
public abstract class DatabaseTest {
    /** The database this run of the class uses. */
    @Parameter
    protected TestDatabase database;

    /** An engine on this test's private schema. */
    protected Engine engine;

    /** Every statement sent through {@link #engine}, in order. */
    protected final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    private TestDatabase.Sandbox sandbox;

    @BeforeEach
    void openSandbox() {
        sandbox = database.open();
        engine = sandbox.engineBuilder().build();
        engine.events().beforeExecute((conn, sql, params) -> statements.add(sql));
    }

    @AfterEach
    void closeSandbox() {
        if (engine != null) {
            engine.dispose();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** The sandbox, for tests that build their own engines on it. */
    protected TestDatabase.Sandbox sandbox() {
        return sandbox;
    }

    /** Forgets the statements recorded so far. */
    protected void clearStatements() {
        statements.clear();
    }
}
