package org.jalchemy.orm.inherit.joined;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Relationship;

@Entity(table = "managers")
@DiscriminatorValue("manager")
public class Manager extends Person {
    public Integer budget;
    @Relationship(backPopulates = "lead", orderBy = "id") public List<Project> projects = new ArrayList<>();

    protected Manager() {}

    public Manager(String name, int budget) {
        super(name);
        this.budget = budget;
    }
}
