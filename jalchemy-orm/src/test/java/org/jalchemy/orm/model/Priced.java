package org.jalchemy.orm.model;

import java.math.BigDecimal;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.types.TypeDecorator;
import org.jalchemy.types.Types;

/** A {@code @Column(type = ...)} field (a TypeDecorator) and a field initializer as the client-side default. */
@Entity(table = "priced")
public class Priced {
    /** A money amount in cents, stored as NUMERIC(12, 2) in whole units. */
    public record Money(long cents) {}

    /** Money as NUMERIC(12, 2). */
    public static final class MoneyType extends TypeDecorator<Money, BigDecimal> {
        /** Used by the mapper. */
        public MoneyType() { super(Money.class, Types.numeric(12, 2)); }

        @Override protected BigDecimal processBind(Money m) { return BigDecimal.valueOf(m.cents(), 2); }

        @Override protected Money processResult(BigDecimal d) { return new Money(d.movePointRight(2).longValueExact()); }
    }

    @Id public Integer id;
    @Column(type = MoneyType.class) public Money price;
    public String status = "new";

    protected Priced() {}

    public Priced(Money price) {
        this.price = price;
    }
}
