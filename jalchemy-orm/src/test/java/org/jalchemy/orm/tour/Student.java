package org.jalchemy.orm.tour;

import java.util.HashSet;
import java.util.Set;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "students")
public class Student {
    @Id Integer id;
    @Column String name;
    @Relationship(secondary = "enrollments", backref = "students") Set<Course> courses = new HashSet<>();

    protected Student() {}

    public Student(String name) { this.name = name; }
}
