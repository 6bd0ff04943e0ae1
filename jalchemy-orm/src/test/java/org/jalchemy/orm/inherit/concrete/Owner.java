package org.jalchemy.orm.inherit.concrete;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** Owns machines of every class (a collection of the abstract root) and, read-only, boats (a concrete class with a subclass). */
@Entity(table = "owners")
public class Owner {
    @Id public Integer id;
    public String name;
    @Relationship(backPopulates = "owner", orderBy = "name") public List<Machine> machines = new ArrayList<>();
    @Relationship(viewOnly = true, orderBy = "name") public List<Boat> boats = new ArrayList<>();

    protected Owner() {}

    public Owner(String name) { this.name = name; }
}
