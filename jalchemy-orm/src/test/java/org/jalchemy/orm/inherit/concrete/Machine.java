package org.jalchemy.orm.inherit.concrete;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;
import org.jalchemy.orm.InheritanceType;
import org.jalchemy.orm.Relationship;

/** An abstract concrete-table root with a many-to-one: every subclass table gets owner_id and its foreign key. */
@Entity(table = "machines")
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Machine {
    @Id public Integer id;
    public String name;
    @ForeignKey("owners.id") public Integer ownerId;
    @Relationship(backPopulates = "machines") public Owner owner;

    protected Machine() {}

    protected Machine(String name) { this.name = name; }
}
