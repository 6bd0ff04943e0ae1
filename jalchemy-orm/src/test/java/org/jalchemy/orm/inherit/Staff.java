package org.jalchemy.orm.inherit;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;

@Entity(table = "staff")
@Inheritance
public class Staff {
    @Id public Integer id;
    public String name;
    @ForeignKey("departments.id") public Integer departmentId;

    protected Staff() {}

    public Staff(String name) { this.name = name; }
}
