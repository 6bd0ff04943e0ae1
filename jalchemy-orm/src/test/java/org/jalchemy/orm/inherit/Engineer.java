package org.jalchemy.orm.inherit;

import org.jalchemy.orm.Entity;

@Entity
public class Engineer extends Employee {
    public String language;

    protected Engineer() {}

    public Engineer(String name, String language) {
        super(name);
        this.language = language;
    }
}
