package org.jalchemy.orm.inherit.concrete;

import org.jalchemy.orm.Entity;

/** The second level of concrete classes: a full table of its own. */
@Entity(table = "yachts")
public class Yacht extends Boat {
    public Integer cabins;

    protected Yacht() {}

    public Yacht(String name, int length, int cabins) {
        super(name, length);
        this.cabins = cabins;
    }
}
