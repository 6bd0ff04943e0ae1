package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;

import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.orm.exc.FlushError;
import org.jalchemy.orm.exc.StaleDataError;
import org.jalchemy.orm.model.Membership;
import org.jalchemy.orm.model.User;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Composite and application-assigned keys, and the errors a flush raises for keys. */
class CompositeKeyTest extends DatabaseTest {
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        Registry registry = new Registry().map(User.class, Membership.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> s.addAll(List.of(new Membership("admins", 1, "owner"), new Membership("admins", 2, "member"))));
        clearStatements();
    }

    @Test
    void getByCompositeKeyAndUpdateByIt() {
        try (Session session = sessions.open()) {
            Membership m = session.get(Membership.class, List.of("admins", 2));
            assertThat(m.role).isEqualTo("member");
            assertThat(session.get(Membership.class, new Object[] {"admins", 2})).isSameAs(m);
            assertThat(Inspect.identity(m)).isEqualTo(List.of("admins", 2));
            m.role = "owner";
            clearStatements();
            session.commit();
            assertThat(statements).containsExactly(
                    "UPDATE memberships SET role=? WHERE memberships.group_name = ? AND memberships.user_id = ?");
            assertThatThrownBy(() -> session.get(Membership.class, "admins")).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("primary key of 2 column(s) [groupName, userId]");
        }
    }

    @Test
    void nullApplicationKeyIsAFlushError() {
        try (Session session = sessions.open()) {
            session.add(new Membership(null, 3, "member"));
            assertThatThrownBy(session::flush).isInstanceOf(FlushError.class)
                    .hasMessageContaining("Membership has a NULL primary key field 'groupName'");
            session.rollback();
        }
    }

    @Test
    void updateOfARowDeletedBehindTheSessionsBackIsStale() {
        try (Session session = sessions.open()) {
            Membership m = session.get(Membership.class, List.of("admins", 1));
            session.commit();
            engine.transaction(conn -> conn.execute(text("DELETE FROM memberships WHERE user_id = 1"), Map.of()));
            m.role = "gone";
            assertThatThrownBy(session::commit).isInstanceOf(StaleDataError.class)
                    .hasMessageContaining("UPDATE statement on table 'memberships' expected to update 1 row(s); 0 were matched");
            session.rollback();
        }
    }
}
