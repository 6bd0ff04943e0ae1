package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;

import java.math.BigDecimal;
import java.util.List;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.querymodel.Post;
import org.jalchemy.orm.querymodel.Post_;
import org.jalchemy.orm.querymodel.User;
import org.jalchemy.orm.querymodel.User_;
import org.jalchemy.sql.ColumnElement;
import org.junit.jupiter.api.Test;

/** The Java evaluation of WHERE clauses behind {@link SynchronizeSession#EVALUATE}, with SQL's NULL logic. */
class EvaluatorTest {
    private final Registry registry = new Registry().map(User.class, Post.class);
    private final Mapper users = registry.mapperOrNull(User.class);
    private final User alice = new User("Alice", null, 30);

    private Object eval(ColumnElement<?> e) {
        return Evaluator.evaluate(e, users, alice);
    }

    @Test
    void comparisonsAndBooleanLogic() {
        assertThat(eval(User_.age.eq(30))).isEqualTo(true);
        assertThat(eval(User_.age.eq(literal(30L)))).isEqualTo(true);
        assertThat(eval(User_.age.ne(30))).isEqualTo(false);
        assertThat(eval(User_.age.ge(30))).isEqualTo(true);
        assertThat(eval(User_.age.lt(30))).isEqualTo(false);
        assertThat(eval(User_.name.gt("Al"))).isEqualTo(true);
        assertThat(eval(and(User_.age.gt(20), User_.name.eq("Alice")))).isEqualTo(true);
        assertThat(eval(or(User_.age.gt(40), User_.name.eq("Bob")))).isEqualTo(false);
        assertThat(eval(not(User_.age.gt(40)))).isEqualTo(true);
        assertThat(eval(User_.age.in(List.of(1, 30)))).isEqualTo(true);
        assertThat(eval(User_.age.notIn(List.of(1, 30)))).isEqualTo(false);
        assertThat(eval(User_.age.between(29, 31))).isEqualTo(true);
        assertThat(eval(User_.age.plus(1))).isEqualTo(new BigDecimal("31"));
        assertThat(eval(true_())).isEqualTo(true);
    }

    @Test
    void nullIsUnknownAsInSql() {
        // alice.email is null
        assertThat(eval(User_.email.eq("x"))).isNull();
        assertThat(eval(User_.email.ne("x"))).isNull();
        assertThat(eval(User_.email.isNull())).isEqualTo(true);
        assertThat(eval(User_.email.isNotNull())).isEqualTo(false);
        assertThat(eval(and(User_.email.eq("x"), User_.age.eq(30)))).isNull();
        assertThat(eval(and(User_.email.eq("x"), User_.age.eq(31)))).isEqualTo(false);
        assertThat(eval(or(User_.email.eq("x"), User_.age.eq(30)))).isEqualTo(true);
        assertThat(eval(not(User_.email.eq("x")))).isNull();
        assertThat(Evaluator.matches(List.of(User_.email.ne("x")), users, alice)).isFalse();
    }

    @Test
    void whatCannotBeEvaluatedIsRefused() {
        assertThatThrownBy(() -> eval(User_.name.like("A%"))).isInstanceOf(Evaluator.Unevaluatable.class)
                .hasMessageContaining("LIKE");
        assertThatThrownBy(() -> eval(func.lower(User_.name).eq("alice"))).isInstanceOf(Evaluator.Unevaluatable.class)
                .hasMessageContaining("SQL function");
        assertThatThrownBy(() -> eval(Post_.title.eq("x"))).isInstanceOf(Evaluator.Unevaluatable.class)
                .hasMessageContaining("not a column of users");
        assertThatThrownBy(() -> eval(User_.id.in(select(Post_.userId)))).isInstanceOf(Evaluator.Unevaluatable.class)
                .hasMessageContaining("IN (subquery)");
    }
}
