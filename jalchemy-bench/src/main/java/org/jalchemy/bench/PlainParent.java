package org.jalchemy.bench;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** The {@code parent} row of joined_loading as a plain class: built by the hand-written floor and loaded by the ORM's plain variants. */
@Entity(table = "parent")
public class PlainParent {
    @Id Integer id;
    String name;
    @Relationship(backPopulates = "parent", orderBy = "id") List<PlainChild> children = new ArrayList<>();

    /** For the ORM. */
    protected PlainParent() {}

    PlainParent(Integer id, String name) {
        this.id = id;
        this.name = name;
    }
}
