package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.model.Address;
import org.jalchemy.orm.model.Address_;
import org.jalchemy.orm.model.User;
import org.jalchemy.orm.model.User_;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated metamodel (User_) used as Core column expressions. */
class MetamodelTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(User.class, Address.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> s.addAll(List.of(new User("alice", "a@x"), new User("bob", "b@x"))));
    }

    @Test
    void attributesAreTypedAndResolveToTheMappedColumns() {
        ColumnAttribute<User, String> username = User_.username;
        assertThat(registry.column(username)).isSameAs(registry.table(User.class).c("username"));
        assertThat(User_.id.javaType()).isEqualTo(Integer.class);
        assertThat(registry.column(Address_.userId).name()).isEqualTo("user_id");
        assertThat(Address_.userId.columnName()).isEqualTo("user_id");
        assertThat(User_.email.toString()).isEqualTo("User_.email");
    }

    @Test
    void attributesWorkInCoreStatementsAndQueries() {
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(User_.id, User_.username).where(User_.username.eq("bob"))).all();
            assertThat(rows).hasSize(1);
            Integer id = rows.get(0).get(User_.id);
            assertThat(id).isEqualTo(2);
            assertThat(statements.get(statements.size() - 1))
                    .isEqualTo("SELECT users.id, users.username FROM users WHERE users.username = ?");
        }
        try (Session session = sessions.open()) {
            User u = session.query(User.class).filter(User_.id.gt(1)).orderBy(User_.id.desc()).first();
            assertThat(u.username).isEqualTo("bob");
        }
    }
}
