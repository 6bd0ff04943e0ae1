package org.jalchemy.orm.rel.assoc;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** An association object: a row of the association table with data of its own (the grade) and a many-to-one to each side. */
@Entity(table = "enrollments")
public class Enrollment {
    @Id @ForeignKey("students.id") public Integer studentId;
    @Id @ForeignKey("courses.id") public Integer courseId;
    public String grade;
    @Relationship(backPopulates = "enrollments") public Student student;
    @Relationship(backPopulates = "enrollments") public Course course;

    protected Enrollment() {}

    public Enrollment(Course course, String grade) {
        this.course = course;
        this.grade = grade;
    }
}
