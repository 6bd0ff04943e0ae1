package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jalchemy.orm.model.Sample;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/** Every supported field type is written by a flush and read back into a new object as the same Java value. */
class TypesRoundTripTest extends DatabaseTest {
    @Test
    void everyFieldTypeRoundTrips() {
        Registry registry = new Registry().map(Sample.class);
        registry.metadata().createAll(engine);
        SessionFactory sessions = SessionFactory.of(engine);
        UUID token = UUID.randomUUID();
        Sample s = new Sample(5_000_000_000L);
        s.big = 7L;
        s.body = "long text";
        s.flag = true;
        s.maybe = false;
        s.price = new BigDecimal("12.50");
        s.ratio = 0.25;
        s.weight = 1.5f;
        s.day = LocalDate.of(2024, 2, 29);
        s.moment = LocalDateTime.of(2024, 2, 29, 13, 45, 10);
        s.stamp = OffsetDateTime.of(2024, 2, 29, 13, 45, 10, 0, ZoneOffset.UTC);
        s.time = LocalTime.of(8, 30);
        s.wait = Duration.ofMinutes(90);
        s.token = token;
        s.data = new byte[] {1, 2, 3};
        s.color = Sample.Color.GREEN;
        sessions.transaction(session -> session.add(s));
        assertThat(s.id).isEqualTo(1);

        try (Session session = sessions.open()) {
            Sample r = session.get(Sample.class, 1);
            assertThat(r).isNotSameAs(s);
            assertThat(r.count).isEqualTo(5_000_000_000L);
            assertThat(r.big).isInstanceOf(Long.class).isEqualTo(7L);
            assertThat(r.body).isEqualTo("long text");
            assertThat(r.flag).isTrue();
            assertThat(r.maybe).isInstanceOf(Boolean.class).isFalse();
            assertThat(r.price).isInstanceOf(BigDecimal.class).isEqualByComparingTo("12.50");
            assertThat(r.ratio).isInstanceOf(Double.class).isEqualTo(0.25);
            assertThat(r.weight).isInstanceOf(Float.class).isEqualTo(1.5f);
            assertThat(r.day).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(r.moment).isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45, 10));
            assertThat(r.stamp.toInstant()).isEqualTo(s.stamp.toInstant());
            assertThat(r.time).isEqualTo(LocalTime.of(8, 30));
            assertThat(r.wait).isEqualTo(Duration.ofMinutes(90));
            assertThat(r.token).isInstanceOf(UUID.class).isEqualTo(token);
            assertThat(r.data).containsExactly(1, 2, 3);
            assertThat(r.color).isEqualTo(Sample.Color.GREEN);
            assertThat(r.status).as("server default filled in").isEqualTo("new");
            assertThat(session.isModified(r)).isFalse();
        }
    }

    @Test
    void serverDefaultIsLoadedOnNextAccess() {
        Registry registry = new Registry().map(Sample.class);
        registry.metadata().createAll(engine);
        try (Session session = SessionFactory.of(engine).open()) {
            Sample s = new Sample(1);
            session.add(s);
            session.flush();
            assertThat(s.status).isNull();
            assertThat(session.get(Sample.class, s.id)).isSameAs(s);
            assertThat(s.status).isEqualTo("new");
            assertThat(session.isModified(s)).isFalse();
        }
    }
}
