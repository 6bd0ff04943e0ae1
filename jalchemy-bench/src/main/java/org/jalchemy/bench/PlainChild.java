package org.jalchemy.bench;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** The {@code child} row of joined_loading as a plain class: built by the hand-written floor and loaded by the ORM's plain variants. */
@Entity(table = "child")
public class PlainChild {
    @Id Integer id;
    @ForeignKey("parent.id") Integer parentId;
    String name;
    Integer q;
    @Relationship(backPopulates = "children") PlainParent parent;

    /** For the ORM. */
    protected PlainChild() {}

    PlainChild(Integer id, Integer parentId, String name, Integer q, PlainParent parent) {
        this.id = id;
        this.parentId = parentId;
        this.name = name;
        this.q = q;
        this.parent = parent;
    }
}
