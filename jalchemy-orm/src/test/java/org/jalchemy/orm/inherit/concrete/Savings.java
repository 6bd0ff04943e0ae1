package org.jalchemy.orm.inherit.concrete;

import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;

@Entity(table = "savings")
@DiscriminatorValue("saving")
public class Savings extends Account {
    public Integer rate;

    protected Savings() {}

    public Savings(String holder, int rate) {
        super(holder);
        this.rate = rate;
    }
}
