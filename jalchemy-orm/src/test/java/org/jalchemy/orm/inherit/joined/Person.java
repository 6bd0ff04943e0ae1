package org.jalchemy.orm.inherit.joined;

import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;
import org.jalchemy.orm.InheritanceType;

@Entity(table = "people")
@Inheritance(strategy = InheritanceType.JOINED, discriminator = "kind")
@DiscriminatorValue("person")
public class Person {
    @Id public Integer id;
    public String name;

    protected Person() {}

    public Person(String name) { this.name = name; }
}
