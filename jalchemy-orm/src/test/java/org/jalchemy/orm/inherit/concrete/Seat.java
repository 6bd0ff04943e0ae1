package org.jalchemy.orm.inherit.concrete;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "seats")
public class Seat {
    @Id public Integer id;
    public String code;
    @ForeignKey("planes.id") public Integer planeId;
    @Relationship(backPopulates = "seats") public Plane plane;

    protected Seat() {}

    public Seat(String code) { this.code = code; }
}
