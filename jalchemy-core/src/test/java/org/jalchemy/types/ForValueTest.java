package org.jalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.types.Types.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The type a plain value implies ({@code literal(v)}, untyped {@code text()} parameters). */
class ForValueTest {
    enum Plain { A }

    enum WithBodies {
        X { @Override int n() { return 1; } };

        abstract int n();
    }

    @Test
    void everyBuiltInValueClassImpliesItsType() {
        assertThat(Types.forValue(null)).isEqualTo(NULLTYPE);
        assertThat(Types.forValue(1)).isEqualTo(INTEGER);
        assertThat(Types.forValue(1L)).isEqualTo(BIGINT);
        assertThat(Types.forValue((short) 1)).isEqualTo(SMALLINT);
        assertThat(Types.forValue((byte) 1)).isEqualTo(SMALLINT);
        assertThat(Types.forValue("s")).isEqualTo(STRING);
        assertThat(Types.forValue(true)).isEqualTo(BOOLEAN);
        assertThat(Types.forValue(BigDecimal.ONE)).isEqualTo(NUMERIC);
        assertThat(Types.forValue(1.0)).isEqualTo(DOUBLE);
        assertThat(Types.forValue(1.0f)).isEqualTo(FLOAT);
        assertThat(Types.forValue(LocalDateTime.of(2024, 1, 1, 0, 0))).isEqualTo(DATETIME);
        assertThat(Types.forValue(LocalDate.of(2024, 1, 1))).isEqualTo(DATE);
        assertThat(Types.forValue(LocalTime.NOON)).isEqualTo(TIME);
        assertThat(Types.forValue(OffsetDateTime.now())).isEqualTo(TIMESTAMPTZ);
        assertThat(Types.forValue(Duration.ofSeconds(1))).isEqualTo(INTERVAL);
        assertThat(Types.forValue(java.util.UUID.randomUUID())).isEqualTo(UUID);
        assertThat(Types.forValue(new byte[] {1})).isEqualTo(LARGE_BINARY);
    }

    @Test
    void enumsMapsAndListsByKind() {
        assertThat(Types.forValue(Plain.A)).isEqualTo(enumOf(Plain.class));
        // a constant with a body is a subclass of its enum: the type is still the enum's
        assertThat(Types.forValue(WithBodies.X)).isEqualTo(enumOf(WithBodies.class));
        assertThat(Types.forValue(new LinkedHashMap<>(Map.of("a", 1)))).isEqualTo(JSON);
        assertThat(Types.forValue(Map.of())).isEqualTo(JSON);
        assertThat(Types.forValue(new ArrayList<>(List.of(1)))).isEqualTo(JSON);
        assertThat(Types.forValue(List.of())).isEqualTo(JSON);
        assertThat(Types.forValue(new Object())).isEqualTo(NULLTYPE);
    }
}
