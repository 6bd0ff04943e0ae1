package org.jalchemy.orm.rel.assoc;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "courses")
public class Course {
    @Id public Integer id;
    public String title;
    @Relationship(backPopulates = "course") public List<Enrollment> enrollments = new ArrayList<>();

    protected Course() {}

    public Course(String title) { this.title = title; }
}
