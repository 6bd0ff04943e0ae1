package org.jalchemy.orm.inherit.joined;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;
import org.jalchemy.orm.InheritanceType;
import org.jalchemy.orm.Relationship;

@Entity(table = "people")
@Inheritance(strategy = InheritanceType.JOINED, discriminator = "kind")
@DiscriminatorValue("person")
public class Person {
    @Id public Integer id;
    public String name;
    @Relationship(backPopulates = "owner", orderBy = "id") public List<Task> tasks = new ArrayList<>();

    protected Person() {}

    public Person(String name) { this.name = name; }
}
