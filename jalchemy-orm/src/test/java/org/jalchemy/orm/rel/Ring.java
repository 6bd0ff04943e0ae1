package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** A self-referential many-to-one that may point at its own row: written in a second pass (postUpdate). */
@Entity(table = "rings")
public class Ring {
    @Id public Integer id;
    public String name;
    @ForeignKey("rings.id") public Integer nextId;
    @Relationship(postUpdate = true) public Ring next;

    protected Ring() {}

    public Ring(String name) { this.name = name; }
}
