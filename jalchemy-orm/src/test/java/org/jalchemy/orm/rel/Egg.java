package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "eggs")
public class Egg {
    @Id public Integer id;
    public String name;
    @ForeignKey("chickens.id") public Integer chickenId;
    @Relationship(foreignKeys = "chicken_id") public Chicken chicken;

    protected Egg() {}

    public Egg(String name) { this.name = name; }
}
