package org.jalchemy.orm.rel;

import java.util.HashSet;
import java.util.Set;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "students")
public class Student {
    @Id public Integer id;
    public String name;
    @Relationship(secondary = "enrollments", backref = "students") public Set<Course> courses = new HashSet<>();

    protected Student() {}

    public Student(String name) { this.name = name; }
}
