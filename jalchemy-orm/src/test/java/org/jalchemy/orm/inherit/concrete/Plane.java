package org.jalchemy.orm.inherit.concrete;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Relationship;

/** A leaf with a relationship of its own (loaded for the planes among a union's rows). */
@Entity(table = "planes")
public class Plane extends Machine {
    public Integer wings;
    @Relationship(backPopulates = "plane", orderBy = "code") public List<Seat> seats = new ArrayList<>();

    protected Plane() {}

    public Plane(String name, int wings) {
        super(name);
        this.wings = wings;
    }
}
