package org.jalchemy.orm.inherit;

import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.EntityBase;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;

@Entity(table = "employees")
@Inheritance(discriminator = "kind")
@DiscriminatorValue("employee")
// keeps its state in the object (EntityBase), other test entities are plain classes: the suite runs both kinds
public class Employee extends EntityBase {
    @Id public Integer id;
    public String name;

    protected Employee() {}

    public Employee(String name) { this.name = name; }
}
