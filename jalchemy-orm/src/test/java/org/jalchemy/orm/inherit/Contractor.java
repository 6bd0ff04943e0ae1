package org.jalchemy.orm.inherit;

import org.jalchemy.orm.Entity;

@Entity
public class Contractor extends Staff {
    public String agency;

    protected Contractor() {}

    public Contractor(String name, String agency) {
        super(name);
        this.agency = agency;
    }
}
