package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.select;
import static org.jalchemy.orm.LoaderOptions.joinedload;
import static org.jalchemy.orm.LoaderOptions.selectinload;
import static org.jalchemy.types.Types.INTEGER;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Relationship;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.WriteOnlyCollection;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WRITE_ONLY collections: queued adds and removes written at flush, select() to read, never loaded whole. */
class WriteOnlyTest extends DatabaseTest {
    static final String ENTRY_COLUMNS = "entries.id, entries.amount, entries.account_id";
    Registry registry;
    SessionFactory sessions;
    Table accountLabels;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Account.class, Entry.class, Label.class);
        accountLabels = registry.metadata().table("account_labels",
                Column.of("account_id", INTEGER).references("accounts.id").primaryKey(),
                Column.of("label_id", INTEGER).references("labels.id").primaryKey());
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            Account a = new Account("main");
            a.entries.add(new Entry(5));
            a.entries.add(new Entry(7));
            a.labels.add(new Label("red"));
            s.add(a);
            s.add(new Label("blue"));
        });
        clearStatements();
    }

    private List<Integer> accountIdsOfEntries() {
        try (Connection c = engine.connect()) {
            return c.execute(select(registry.metadata().tables().get("entries").c("account_id"))
                    .orderBy(registry.metadata().tables().get("entries").c("id"))).scalars().all().stream()
                    .map(v -> v == null ? null : ((Number) v).intValue()).toList();
        }
    }

    private long labelRows() {
        try (Connection c = engine.connect()) {
            return ((Number) c.execute(select(org.jalchemy.Sql.func.count()).selectFrom(accountLabels)).scalar()).longValue();
        }
    }

    @Test
    void additionsToANewOwnerAreInsertedWithIt() {
        assertThat(accountIdsOfEntries()).containsExactly(1, 1);
        assertThat(labelRows()).isEqualTo(1);
        try (Session session = sessions.open()) {
            Account a = session.get(Account.class, 1);
            assertThat(a.entries).isInstanceOf(WriteOnlyCollection.class);
            assertThat(a.entries.pendingAdditions()).isEmpty();            // flushed: the queue is empty again
        }
    }

    @Test
    void touchingTheCollectionSendsNoSql() {
        try (Session session = sessions.open()) {
            Account a = session.get(Account.class, 1);
            assertThat(statements).hasSize(1);
            assertThat(a.entries.pendingAdditions()).isEmpty();
            assertThat(a.entries.pendingRemovals()).isEmpty();
            a.entries.select();
            assertThat(a.entries.toString()).contains("Account.entries");
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void selectQueriesTheRelatedRows() {
        try (Session session = sessions.open()) {
            Account a = session.get(Account.class, 1);
            clearStatements();
            List<Entry> all = session.scalars(a.entries.select()).all();
            assertThat(statements).containsExactly("SELECT " + ENTRY_COLUMNS + " FROM entries WHERE entries.account_id = ? ORDER BY entries.id");
            assertThat(all).extracting(e -> e.amount).containsExactly(5, 7);
            assertThat(all.get(0).account).isSameAs(a);                         // the many-to-one from the identity map
            List<Entry> big = session.scalars(a.entries.select().where(Entry_.amount.gt(6))).all();
            assertThat(big).extracting(e -> e.amount).containsExactly(7);
            assertThat(session.scalars(a.labels.select()).all()).extracting(l -> l.text).containsExactly("red");
            assertThat(statements.get(2)).isEqualTo("SELECT labels.id, labels.text FROM labels"
                    + " JOIN account_labels ON account_labels.label_id = labels.id WHERE account_labels.account_id = ?");
        }
    }

    @Test
    void addingToAPersistentOwnerOnlyInserts() {
        try (Session session = sessions.open()) {
            Account a = session.get(Account.class, 1);
            clearStatements();
            Entry e = new Entry(9);
            a.entries.add(e);
            assertThat(e.account).isSameAs(a);                                  // the reverse side, in memory
            assertThat(a.entries.pendingAdditions()).containsExactly(e);
            session.flush();
            assertThat(statements).hasSize(1);                                  // no SELECT of the collection
            assertThat(statements.get(0)).startsWith("INSERT INTO entries");
            assertThat(a.entries.pendingAdditions()).isEmpty();
            session.commit();
        }
        assertThat(accountIdsOfEntries()).containsExactly(1, 1, 1);
    }

    @Test
    void removingNullsTheForeignKey() {
        try (Session session = sessions.open()) {
            Account a = session.get(Account.class, 1);
            Entry first = session.get(Entry.class, 1);
            clearStatements();
            a.entries.remove(first);
            assertThat(first.account).isNull();
            assertThat(a.entries.pendingRemovals()).containsExactly(first);
            session.commit();
            assertThat(statements).containsExactly("UPDATE entries SET account_id=? WHERE entries.id = ?");
        }
        assertThat(accountIdsOfEntries()).containsExactly(null, 1);
    }

    @Test
    void addThenRemoveBeforeTheFlushCancels() {
        try (Session session = sessions.open()) {
            Account a = session.get(Account.class, 1);
            Entry e = new Entry(11);
            a.entries.add(e);
            a.entries.remove(e);
            assertThat(a.entries.pendingAdditions()).isEmpty();
            assertThat(a.entries.pendingRemovals()).isEmpty();
            clearStatements();
            session.commit();
            assertThat(statements).noneMatch(s -> s.startsWith("INSERT"));
        }
        assertThat(accountIdsOfEntries()).hasSize(2);
    }

    @Test
    void manyToManyAddAndRemoveWriteAssociationRows() {
        try (Session session = sessions.open()) {
            Account a = session.get(Account.class, 1);
            Label red = session.get(Label.class, 1);
            Label blue = session.get(Label.class, 2);
            clearStatements();
            a.labels.add(blue);
            a.labels.remove(red);
            session.commit();
            assertThat(statements).containsExactly(
                    "DELETE FROM account_labels WHERE account_labels.account_id = ? AND account_labels.label_id = ?",
                    "INSERT INTO account_labels (account_id, label_id) VALUES (?, ?)");
        }
        try (Session session = sessions.open()) {
            Account a = session.get(Account.class, 1);
            assertThat(session.scalars(a.labels.select()).all()).extracting(l -> l.text).containsExactly("blue");
        }
    }

    @Test
    void deletingTheOwnerDetachesItsChildrenAndAssociationRows() {
        try (Session session = sessions.open()) {
            Account a = session.get(Account.class, 1);
            clearStatements();
            session.delete(a);
            session.commit();
            assertThat(statements).anyMatch(s -> s.startsWith("SELECT " + ENTRY_COLUMNS));     // loaded to detach them
            assertThat(statements.get(statements.size() - 1)).startsWith("DELETE FROM accounts");
        }
        assertThat(accountIdsOfEntries()).containsExactly(null, null);
        assertThat(labelRows()).isZero();
    }

    @Test
    void bulkUpdateAndDeleteOfTheRelatedRows() {
        try (Session session = sessions.open()) {
            Account a = session.get(Account.class, 1);
            clearStatements();
            session.execute(a.entries.update().values(Map.of("amount", 0)));
            assertThat(statements).containsExactly("UPDATE entries SET amount=? WHERE entries.account_id = ?");
            assertThat(session.execute(a.entries.delete()).rowcount()).isEqualTo(2);
            assertThat(statements.get(1)).isEqualTo("DELETE FROM entries WHERE entries.account_id = ?");
            assertThatThrownBy(() -> a.labels.delete()).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Account.labels").hasMessageContaining("one-to-many");
            session.commit();
        }
        assertThat(accountIdsOfEntries()).isEmpty();
    }

    @Test
    void eagerOptionsOnAWriteOnlyCollectionAreRefused() {
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> session.query(Account.class).options(joinedload(Account_.entries)).all())
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("Account.entries").hasMessageContaining("write-only");
            assertThatThrownBy(() -> session.query(Account.class).options(selectinload(Account_.labels)).all())
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("Account.labels");
        }
    }

    @Test
    void anUnboundHandleCannotQuery() {
        Account fresh = new Account("new");
        assertThatThrownBy(() -> fresh.entries.select()).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("not bound");
    }

    @Test
    void aWriteOnlyListFieldIsAMappingError() {
        assertThatThrownBy(() -> new Registry().map(Journal.class, Entry.class, Account.class, Label.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("Journal.entries").hasMessageContaining("WriteOnlyCollection<Entry>");
    }

    /** lazy = WRITE_ONLY on a List: refused, the field must be a WriteOnlyCollection. */
    @Entity(table = "journals")
    static class Journal {
        @Id Integer id;
        @Relationship(lazy = Lazy.WRITE_ONLY) List<Entry> entries = new java.util.ArrayList<>();
    }
}
