package org.jalchemy.orm.deferred;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.select;
import static org.jalchemy.orm.LoaderOptions.defer;
import static org.jalchemy.orm.LoaderOptions.joinedload;
import static org.jalchemy.orm.LoaderOptions.loadOnly;
import static org.jalchemy.orm.LoaderOptions.selectinload;
import static org.jalchemy.orm.LoaderOptions.undefer;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.orm.Inspect;
import org.jalchemy.orm.OrmSql;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.exc.LazyLoadError;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 13: deferred columns ({@code @Column(deferred = true)}, {@code defer}, {@code undefer}, {@code loadOnly},
 * raiseload), loaded by {@code session.value(obj, attr)}; flush never writes a column that was not loaded.
 */
class DeferredColumnsTest extends DatabaseTest {
    private static final String COLS = "articles.id, articles.title, articles.rating, articles.writer_id";
    private static final String BY_TITLE = "SELECT " + COLS + " FROM articles WHERE articles.title = ?";
    private static final String BODY_BY_KEY = "SELECT articles.body FROM articles WHERE articles.id = ?";
    private SessionFactory sessions;
    private Registry registry;

    private void fixture() {
        registry = new Registry();
        registry.map(Writer.class, Article.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        try (Session session = sessions.open()) {
            Writer w = new Writer("ann");
            Article a = new Article("first", "a long body", "private notes", 5);
            Article b = new Article("second", "another body", "more notes", 3);
            w.articles.add(a);
            w.articles.add(b);
            session.add(w);
            session.commit();
        }
        clearStatements();
    }

    /** The statements sent about articles (the many-to-one Article.writer sends its own, which are not the point here). */
    private List<String> sent() {
        return statements.stream().filter(q -> q.contains("articles")).toList();
    }

    private Row dbRow(String title) {
        Table t = registry.metadata().tables().get("articles");
        try (Connection c = engine.connect()) {
            return c.execute(select(t.c("title"), t.c("body"), t.c("notes"), t.c("rating")).where(t.c("title").eq(title))).first();
        }
    }

    @Test
    void aDeferredColumnIsLeftOutAndLoadedOnFirstValue() {
        fixture();
        try (Session session = sessions.open()) {
            Article a = session.query(Article.class).filter(Article_.title.eq("first")).one();
            assertThat(sent()).containsExactly(BY_TITLE);
            assertThat(a.body).isNull();
            assertThat(Inspect.unloaded(a)).containsExactly("body", "notes");
            String body = session.value(a, Article_.body);
            assertThat(body).isEqualTo("a long body");
            assertThat(a.body).isEqualTo("a long body");
            assertThat(session.value(a, Article_.body)).isEqualTo("a long body");   // loaded: no SQL
            assertThat(session.value(a, Article_.title)).isEqualTo("first");
            assertThat(sent()).containsExactly(BY_TITLE, BODY_BY_KEY);
            assertThat(Inspect.unloaded(a)).containsExactly("notes");
            assertThat(session.isModified(a)).isFalse();
        }
    }

    @Test
    void flushNeverWritesAnUnloadedColumn() {
        fixture();
        try (Session session = sessions.open()) {
            Article a = session.scalars(OrmSql.select(Article.class).where(Article_.title.eq("first"))).one();
            a.title = "renamed";
            session.flush();
            assertThat(sent()).containsExactly(BY_TITLE, "UPDATE articles SET title=? WHERE articles.id = ?");
            // the column is still unloaded after the UPDATE of another column: value() loads it, nothing else is written
            assertThat(session.value(a, Article_.body)).isEqualTo("a long body");
            session.commit();
            assertThat(sent()).hasSize(3).element(2).isEqualTo(BODY_BY_KEY);
        }
        Row row = dbRow("renamed");
        assertThat(row.<String>get(1)).isEqualTo("a long body");
        assertThat(row.<String>get(2)).isEqualTo("private notes");
    }

    @Test
    void assigningAnUnloadedColumnWritesIt() {
        fixture();
        try (Session session = sessions.open()) {
            Article a = session.query(Article.class).filter(Article_.title.eq("first")).one();
            a.body = "rewritten";
            session.commit();
            assertThat(sent()).containsExactly(BY_TITLE, "UPDATE articles SET body=? WHERE articles.id = ?");
        }
        assertThat(dbRow("first").<String>get(1)).isEqualTo("rewritten");
    }

    @Test
    void undeferDeferAndLoadOnlyInBothStyles() {
        fixture();
        try (Session session = sessions.open()) {
            Article a = session.query(Article.class).filter(Article_.title.eq("first")).options(undefer(Article_.body)).one();
            assertThat(a.body).isEqualTo("a long body");
            List<Article> titles = session.scalars(OrmSql.select(Article.class).options(loadOnly(Article_.title))
                    .orderBy(Article_.id)).all();
            Article b = session.query(Article.class).filter(Article_.title.eq("second"))
                    .options(defer(Article_.rating), undefer(Article_.notes)).one();
            assertThat(titles).extracting(x -> x.title).containsExactly("first", "second");
            assertThat(b.notes).isEqualTo("more notes");
            assertThat(sent()).containsExactly(
                    "SELECT articles.id, articles.title, articles.body, articles.rating, articles.writer_id FROM articles "
                            + "WHERE articles.title = ?",
                    // the foreign key of Article.writer stays: the relationship needs it
                    "SELECT articles.id, articles.title, articles.writer_id FROM articles ORDER BY articles.id",
                    "SELECT articles.id, articles.title, articles.notes, articles.writer_id FROM articles WHERE articles.title = ?");
            // b was loaded by the loadOnly query first (an identity-map hit later): the later query filled in notes only
            assertThat(b.rating).isZero();
            assertThat(Inspect.unloaded(b)).containsExactly("body", "rating");
            // an unloaded primitive (0) is not a change either: only the title is written
            b.title = "second, revised";
            session.flush();
            assertThat(sent().get(3)).isEqualTo("UPDATE articles SET title=? WHERE articles.id = ?");
            assertThat(session.value(b, Article_.rating)).isEqualTo(3);
            session.commit();
        }
        Row row = dbRow("second, revised");
        assertThat(row.<Object>get(3)).isEqualTo(3);
        assertThat(row.<String>get(1)).isEqualTo("another body");
    }

    @Test
    void raiseloadRaisesBeforeAnySql() {
        fixture();
        try (Session session = sessions.open()) {
            Article a = session.query(Article.class).filter(Article_.title.eq("first")).options(defer(Article_.title, true)).one();
            clearStatements();
            assertThatThrownBy(() -> session.value(a, Article_.notes)).isInstanceOf(LazyLoadError.class)
                    .hasMessageContaining("'Article.notes' is not available due to raiseload");
            assertThatThrownBy(() -> session.value(a, Article_.title)).isInstanceOf(LazyLoadError.class)
                    .hasMessageContaining("'Article.title'");
            assertThat(sent()).isEmpty();
            // an explicit refresh of the attributes loads them
            session.refresh(a, Article_.notes, Article_.title);
            assertThat(a.notes).isEqualTo("private notes");
            assertThat(a.title).isEqualTo("first");
            assertThat(session.value(a, Article_.notes)).isEqualTo("private notes");
            assertThat(sent()).containsExactly("SELECT articles.notes, articles.title FROM articles WHERE articles.id = ?");
        }
    }

    @Test
    void expiryAndRefreshLeaveDeferredColumnsUnloaded() {
        fixture();
        try (Session session = sessions.open()) {
            Article a = session.query(Article.class).filter(Article_.title.eq("first")).options(undefer(Article_.body)).one();
            assertThat(a.body).isEqualTo("a long body");
            session.expire(a);
            clearStatements();
            // as SQLAlchemy: reloading an expired object reads its non-deferred columns; the deferred one is unloaded again
            assertThat(session.get(Article.class, a.id)).isSameAs(a);
            assertThat(sent()).containsExactly("SELECT " + COLS + " FROM articles WHERE articles.id = ?");
            assertThat(a.body).isNull();
            assertThat(Inspect.unloaded(a)).containsExactly("body", "notes");
            session.flush();
            assertThat(sent()).hasSize(1);   // nothing written
            a.rating = 9;
            session.refresh(a);
            assertThat(a.rating).isEqualTo(5);
            assertThat(a.body).isNull();
            // value() of an expired object reloads it first, then the deferred column
            session.expire(a);
            clearStatements();
            assertThat(session.value(a, Article_.body)).isEqualTo("a long body");
            assertThat(sent()).containsExactly("SELECT " + COLS + " FROM articles WHERE articles.id = ?", BODY_BY_KEY);
            // a change made while expired survives the reload and is written
            session.expire(a);
            a.body = "changed while expired";
            assertThat(session.value(a, Article_.body)).isEqualTo("changed while expired");
            session.commit();
        }
        assertThat(dbRow("first").<String>get(1)).isEqualTo("changed while expired");
        assertThat(dbRow("first").<String>get(2)).isEqualTo("private notes");
    }

    @Test
    void relationshipLoadsLeaveDeferredColumnsOut() {
        fixture();
        try (Session session = sessions.open()) {
            Writer w = session.query(Writer.class).options(selectinload(Writer_.articles)).one();
            assertThat(w.articles).extracting(x -> x.title).containsExactly("first", "second");
            assertThat(w.articles).allSatisfy(x -> assertThat(x.body).isNull());
            assertThat(statements).hasSize(2);
            assertThat(statements.get(1)).startsWith("SELECT " + COLS + " FROM articles WHERE").doesNotContain("body");
            assertThat(session.value(w.articles.get(1), Article_.body)).isEqualTo("another body");
        }
        clearStatements();
        try (Session session = sessions.open()) {
            Writer w = session.scalars(OrmSql.select(Writer.class).options(joinedload(Writer_.articles))).one();
            assertThat(w.articles).extracting(x -> x.title).containsExactly("first", "second");
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).doesNotContain("body").doesNotContain("notes");
            assertThat(session.value(w.articles.get(0), Article_.body)).isEqualTo("a long body");
        }
    }

    @Test
    void mergeDoesNotCopyAnUnloadedColumn() {
        fixture();
        Article detached;
        try (Session session = sessions.open()) {
            detached = session.query(Article.class).filter(Article_.title.eq("first")).one();
        }
        assertThatThrownBy(() -> {
            try (Session s = sessions.open()) {
                // detached and not loaded: nothing can load it
                org.jalchemy.orm.Session other = s;
                Article copy = detached;
                other.value(copy, Article_.body);
            }
        }).isInstanceOf(DetachedInstanceError.class).hasMessageContaining("Article.body");
        detached.title = "merged";
        try (Session session = sessions.open()) {
            Article merged = session.merge(detached);
            session.commit();
            assertThat(sent()).filteredOn(q -> q.startsWith("UPDATE"))
                    .containsExactly("UPDATE articles SET title=? WHERE articles.id = ?");
            assertThat(merged).isNotSameAs(detached);
        }
        Row row = dbRow("merged");
        assertThat(row.<String>get(1)).isEqualTo("a long body");
        assertThat(row.<String>get(2)).isEqualTo("private notes");
    }

    @Test
    void wrongUseRaisesClearly() {
        fixture();
        assertThatThrownBy(() -> new Registry().map(PrimitiveDeferred.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining("Deferred field PrimitiveDeferred.size is primitive");
        assertThatThrownBy(() -> new Registry().map(DeferredKey.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining("Foreign-key field DeferredKey.writerId cannot be deferred");
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> session.query(Article.class).options(defer(Article_.id)))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("Article.id is a primary-key column");
            assertThatThrownBy(() -> session.query(Article.class).options(defer(Article_.writerId)))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("foreign key of a relationship");
            assertThatThrownBy(() -> session.query(Writer.class).options(undefer(Article_.body)))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("class Article is not among the entities");
        }
        assertThat(sent()).isEmpty();
    }
}
