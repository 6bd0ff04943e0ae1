package org.jalchemy.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Listeners on an engine, as SQLAlchemy's {@code event.listen}: before and after each statement, on each new
 * DBAPI connection, on each checkout from the pool.
 * <pre>{@code engine.events().beforeExecute((conn, sql, params) -> statements.add(sql));}</pre>
 */
public final class EngineEvents {
    /** Called before a statement is sent; for executemany, {@code params} is the list of each row's values. */
    @FunctionalInterface
    public interface BeforeExecute {
        void beforeExecute(Connection connection, String sql, List<?> params);
    }

    /** Called after a statement ran without error. */
    @FunctionalInterface
    public interface AfterExecute {
        void afterExecute(Connection connection, String sql, List<?> params);
    }

    /** Called once for each new JDBC connection the pool opens. */
    @FunctionalInterface
    public interface OnConnect {
        void onConnect(java.sql.Connection jdbcConnection) throws java.sql.SQLException;
    }

    /** Called each time a connection is taken from the pool. */
    @FunctionalInterface
    public interface OnCheckout {
        void onCheckout(java.sql.Connection jdbcConnection) throws java.sql.SQLException;
    }

    final List<BeforeExecute> beforeExecute = new CopyOnWriteArrayList<>();
    final List<AfterExecute> afterExecute = new CopyOnWriteArrayList<>();
    final List<OnConnect> onConnect = new CopyOnWriteArrayList<>();
    final List<OnCheckout> onCheckout = new CopyOnWriteArrayList<>();

    /** Adds a before-execute listener; returns it, for {@link #remove}. */
    public BeforeExecute beforeExecute(BeforeExecute listener) {
        beforeExecute.add(listener);
        return listener;
    }

    /** Adds an after-execute listener. */
    public AfterExecute afterExecute(AfterExecute listener) {
        afterExecute.add(listener);
        return listener;
    }

    /** Adds a listener for new JDBC connections (only connections opened after this call). */
    public OnConnect onConnect(OnConnect listener) {
        onConnect.add(listener);
        return listener;
    }

    /** Adds a listener for pool checkouts. */
    public OnCheckout onCheckout(OnCheckout listener) {
        onCheckout.add(listener);
        return listener;
    }

    /** Removes a listener added by any of the methods above. */
    public void remove(Object listener) {
        beforeExecute.remove(listener);
        afterExecute.remove(listener);
        onConnect.remove(listener);
        onCheckout.remove(listener);
    }
}
