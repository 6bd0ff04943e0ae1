package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "books")
public class Book {
    @Id public Integer id;
    public String title;
    @ForeignKey("authors.id") public Integer authorId;
    @Relationship(backPopulates = "books") public Author author;

    protected Book() {}

    public Book(String title) { this.title = title; }
}
