package org.jalchemy.orm.inherit;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "departments")
public class Department {
    @Id public Integer id;
    public String name;
    @Relationship(orderBy = "id", cascade = "all, delete-orphan") public List<Staff> staff = new ArrayList<>();

    protected Department() {}

    public Department(String name) { this.name = name; }
}
