package org.jalchemy.orm.tour;

import java.util.HashSet;
import java.util.Set;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

@Entity(table = "courses")
public class Course {
    @Id Integer id;
    @Column String title;
    Set<Student> students = new HashSet<>();

    protected Course() {}

    public Course(String title) { this.title = title; }
}
