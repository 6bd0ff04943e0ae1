package org.jalchemy.orm.inherit;

import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;

@Entity
@DiscriminatorValue("manager")
public class Manager extends Employee {
    public Integer budget;

    protected Manager() {}

    public Manager(String name, int budget) {
        super(name);
        this.budget = budget;
    }
}
