package org.jalchemy.orm.deferred;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** The writer of articles. */
@Entity(table = "writers")
public class Writer {
    @Id Integer id;
    String name;
    @Relationship(backPopulates = "writer", orderBy = "id") List<Article> articles = new ArrayList<>();

    protected Writer() {}

    public Writer(String name) { this.name = name; }
}
