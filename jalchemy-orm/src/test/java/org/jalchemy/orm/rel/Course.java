package org.jalchemy.orm.rel;

import java.util.HashSet;
import java.util.Set;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

@Entity(table = "courses")
public class Course {
    @Id public Integer id;
    public String title;
    /** Declared by Student.courses' backref. */
    public Set<Student> students = new HashSet<>();

    protected Course() {}

    public Course(String title) { this.title = title; }
}
