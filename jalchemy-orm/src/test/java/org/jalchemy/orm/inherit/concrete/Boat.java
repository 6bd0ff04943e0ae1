package org.jalchemy.orm.inherit.concrete;

import org.jalchemy.orm.Entity;

/** A concrete class with a concrete subclass (Yacht): its queries read boats UNION ALL yachts. */
@Entity(table = "boats")
public class Boat extends Machine {
    public Integer length;

    protected Boat() {}

    public Boat(String name, int length) {
        super(name);
        this.length = length;
    }
}
