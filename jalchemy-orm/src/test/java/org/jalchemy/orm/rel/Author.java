package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.EntityBase;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "authors")
// keeps its state in the object (EntityBase), other test entities are plain classes: the suite runs both kinds
public class Author extends EntityBase {
    @Id public Integer id;
    public String name;
    @Relationship(backPopulates = "author", orderBy = "id", cascade = "all, delete-orphan")
    public List<Book> books = new ArrayList<>();

    protected Author() {}

    public Author(String name) { this.name = name; }
}
