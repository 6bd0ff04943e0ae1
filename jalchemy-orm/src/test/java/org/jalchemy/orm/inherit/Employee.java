package org.jalchemy.orm.inherit;

import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;

@Entity(table = "employees")
@Inheritance(discriminator = "kind")
@DiscriminatorValue("employee")
public class Employee {
    @Id public Integer id;
    public String name;

    protected Employee() {}

    public Employee(String name) { this.name = name; }
}
