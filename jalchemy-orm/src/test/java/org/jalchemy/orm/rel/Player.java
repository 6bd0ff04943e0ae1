package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "players")
public class Player {
    @Id public Integer id;
    public String name;
    @ForeignKey("teams.id") public Integer teamId;
    @Relationship(backPopulates = "players") public Team team;

    protected Player() {}

    public Player(String name) { this.name = name; }
}
