package org.jalchemy.orm.inherit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.orm.LoaderOptions.joinedload;
import static org.jalchemy.orm.LoaderOptions.selectinload;

import java.util.List;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A collection whose target is a single-table hierarchy holds each row as its class, whatever the strategy. */
class PolymorphicRelationshipTest extends DatabaseTest {
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        new Registry().map(Department.class, Staff.class, Contractor.class).metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            Department d = new Department("ops");
            d.staff.add(new Staff("sue"));
            d.staff.add(new Contractor("carl", "acme"));
            s.add(d);
        });
        clearStatements();
    }

    @Test
    void lazySelectinAndJoined() {
        try (Session session = sessions.open()) {
            Department d = session.get(Department.class, 1);
            assertThat(d.staff).extracting(s -> s.getClass().getSimpleName()).containsExactly("Staff", "Contractor");
            assertThat(((Contractor) d.staff.get(1)).agency).isEqualTo("acme");
        }
        try (Session session = sessions.open()) {
            List<Department> ds = session.query(Department.class).options(selectinload(Department_.staff)).all();
            assertThat(ds.get(0).staff).extracting(s -> s.getClass().getSimpleName()).containsExactly("Staff", "Contractor");
        }
        try (Session session = sessions.open()) {
            clearStatements();
            List<Department> ds = session.query(Department.class).options(joinedload(Department_.staff)).all();
            assertThat(statements).hasSize(1);
            assertThat(ds.get(0).staff).extracting(s -> s.getClass().getSimpleName()).containsExactly("Staff", "Contractor");
            assertThat(((Contractor) ds.get(0).staff.get(1)).agency).isEqualTo("acme");
        }
    }
}
