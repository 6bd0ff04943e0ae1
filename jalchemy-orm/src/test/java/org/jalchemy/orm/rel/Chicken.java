package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** With {@link Egg}: two many-to-ones pointing at each other, without postUpdate. */
@Entity(table = "chickens")
public class Chicken {
    @Id public Integer id;
    public String name;
    @ForeignKey("eggs.id") public Integer eggId;
    @Relationship(foreignKeys = "egg_id") public Egg egg;

    protected Chicken() {}

    public Chicken(String name) { this.name = name; }
}
