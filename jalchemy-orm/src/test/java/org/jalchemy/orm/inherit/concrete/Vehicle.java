package org.jalchemy.orm.inherit.concrete;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;
import org.jalchemy.orm.InheritanceType;

/** The abstract root of a concrete-table hierarchy: no table; "vehicles" names the union of its subclasses' tables. */
@Entity(table = "vehicles")
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Vehicle {
    @Id public Integer id;
    public String name;

    protected Vehicle() {}

    protected Vehicle(String name) { this.name = name; }
}
