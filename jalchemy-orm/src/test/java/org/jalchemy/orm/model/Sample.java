package org.jalchemy.orm.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

/** One field of every supported type. */
@Entity(table = "samples")
public class Sample {
    public enum Color { RED, GREEN }

    @Id public Integer id;
    public long count;
    public Long big;
    @Column(text = true) public String body;
    public boolean flag;
    public Boolean maybe;
    @Column(precision = 10, scale = 2) public BigDecimal price;
    public Double ratio;
    public Float weight;
    public LocalDate day;
    public LocalDateTime moment;
    public OffsetDateTime stamp;
    public LocalTime time;
    public UUID token;
    public byte[] data;
    public java.time.Duration wait;
    public Color color;
    @Column(name = "status_text", serverDefault = "'new'") public String status;

    protected Sample() {}

    public Sample(long count) {
        this.count = count;
    }
}
