package org.jalchemy.orm.inherit.concrete;

import org.jalchemy.orm.Entity;

@Entity(table = "trucks")
public class Truck extends Vehicle {
    public int payload;

    protected Truck() {}

    public Truck(String name, int payload) {
        super(name);
        this.payload = payload;
    }
}
