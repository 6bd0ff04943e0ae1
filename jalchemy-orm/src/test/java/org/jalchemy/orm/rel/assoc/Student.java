package org.jalchemy.orm.rel.assoc;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** Owns its enrollments: they are saved and deleted with it, and one removed from the list is deleted. */
@Entity(table = "students")
public class Student {
    @Id public Integer id;
    public String name;
    @Relationship(backPopulates = "student", cascade = "all, delete-orphan") public List<Enrollment> enrollments = new ArrayList<>();

    protected Student() {}

    public Student(String name) { this.name = name; }

    /** The association-object idiom: the new Enrollment joins this student's list (which sets its student). */
    public Enrollment enroll(Course course, String grade) {
        Enrollment e = new Enrollment(course, grade);
        enrollments.add(e);
        return e;
    }
}
