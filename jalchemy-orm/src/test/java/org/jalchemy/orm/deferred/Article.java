package org.jalchemy.orm.deferred;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** An article whose body is deferred and whose notes raise unless undeferred. */
@Entity(table = "articles")
public class Article {
    @Id Integer id;
    @Column(length = 100) String title;
    @Column(text = true, deferred = true) String body;
    @Column(length = 100, deferredRaiseload = true) String notes;
    int rating;
    @ForeignKey("writers.id") Integer writerId;
    @Relationship(backPopulates = "articles") Writer writer;

    protected Article() {}

    public Article(String title, String body, String notes, int rating) {
        this.title = title;
        this.body = body;
        this.notes = notes;
        this.rating = rating;
    }
}
