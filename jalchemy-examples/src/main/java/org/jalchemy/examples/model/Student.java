package org.jalchemy.examples.model;

import java.util.HashSet;
import java.util.Set;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** TOUR.md section 4's student: many-to-many to courses through the {@code enrollments} table. */
@Entity(table = "students")
public class Student {
    @Id Integer id;
    @Column String name;
    @Relationship(secondary = "enrollments", backref = "students") Set<Course> courses = new HashSet<>();

    protected Student() {}

    /** A new, transient student. */
    public Student(String name) {
        this.name = name;
    }

    /** The name. */
    public String getName() { return name; }

    /** The courses: adding or removing one writes a row of {@code enrollments} at the next flush. */
    public Set<Course> getCourses() { return courses; }

    @Override public String toString() { return name; }
}
