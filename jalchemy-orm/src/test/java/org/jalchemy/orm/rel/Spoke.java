package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "spokes")
public class Spoke {
    @Id public Integer id;
    public String name;
    @ForeignKey("hubs.id") public Integer hubId;
    @Relationship(backPopulates = "spokes") public Hub hub;

    protected Spoke() {}

    public Spoke(String name) { this.name = name; }
}
