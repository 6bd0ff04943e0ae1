package org.jalchemy.orm.inherit.concrete;

import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;

@Entity(table = "cars")
@DiscriminatorValue("car")
public class Car extends Vehicle {
    public Integer doors;

    protected Car() {}

    public Car(String name, int doors) {
        super(name);
        this.doors = doors;
    }
}
