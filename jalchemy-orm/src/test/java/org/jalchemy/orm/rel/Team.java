package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.EntityBase;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "teams")
// keeps its state in the object (EntityBase), other test entities are plain classes: the suite runs both kinds
public class Team extends EntityBase {
    @Id public Integer id;
    public String name;
    @Relationship(backPopulates = "team") public List<Player> players = new ArrayList<>();

    protected Team() {}

    public Team(String name) { this.name = name; }
}
