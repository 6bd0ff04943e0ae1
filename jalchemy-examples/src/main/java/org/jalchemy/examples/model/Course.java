package org.jalchemy.examples.model;

import java.util.HashSet;
import java.util.Set;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

/** A course; {@code students} is the reverse side that {@code Student.courses} declares with {@code backref}. */
@Entity(table = "courses")
public class Course {
    @Id Integer id;
    @Column String title;
    Set<Student> students = new HashSet<>();

    protected Course() {}

    /** A new, transient course. */
    public Course(String title) {
        this.title = title;
    }

    /** The title. */
    public String getTitle() { return title; }

    /** The enrolled students (the backref of {@code Student.courses}). */
    public Set<Student> getStudents() { return students; }

    @Override public String toString() { return title; }
}
