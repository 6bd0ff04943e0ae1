package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** postUpdate on the one-to-many side: the spokes' foreign key is written after every INSERT. */
@Entity(table = "hubs")
public class Hub {
    @Id public Integer id;
    public String name;
    @Relationship(backPopulates = "hub", postUpdate = true, cascade = "all") public List<Spoke> spokes = new ArrayList<>();

    protected Hub() {}

    public Hub(String name) { this.name = name; }
}
