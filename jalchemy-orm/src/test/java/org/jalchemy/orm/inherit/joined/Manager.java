package org.jalchemy.orm.inherit.joined;

import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;

@Entity(table = "managers")
@DiscriminatorValue("manager")
public class Manager extends Person {
    public Integer budget;

    protected Manager() {}

    public Manager(String name, int budget) {
        super(name);
        this.budget = budget;
    }
}
