package org.jalchemy.orm.inherit.joined;

import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;

/** Two levels below the root: its rows are in people, managers and directors. */
@Entity(table = "directors")
@DiscriminatorValue("director")
public class Director extends Manager {
    public String region;

    protected Director() {}

    public Director(String name, int budget, String region) {
        super(name, budget);
        this.region = region;
    }
}
