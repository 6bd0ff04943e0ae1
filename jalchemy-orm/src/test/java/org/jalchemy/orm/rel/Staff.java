package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.Relationship;

/** A self-referential many-to-one loaded JOINED by default (SQLAlchemy's Employee.manager with lazy="joined"). */
@Entity(table = "staff")
public class Staff {
    @Id public Integer id;
    public String name;
    @ForeignKey("staff.id") public Integer managerId;
    @Relationship(remoteSide = "id", lazy = Lazy.JOINED) public Staff manager;

    protected Staff() {}

    public Staff(String name, Staff manager) {
        this.name = name;
        this.manager = manager;
    }
}
