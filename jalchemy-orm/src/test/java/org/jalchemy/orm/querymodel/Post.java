package org.jalchemy.orm.querymodel;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;

/** A post of the querying tests (the seeds' {@code Post}), written by a user. */
@Entity(table = "posts")
public class Post {
    @Id public Integer id;
    @Column(length = 100, nullable = false) public String title;
    @ForeignKey("users.id") public Integer userId;

    protected Post() {}

    public Post(String title, Integer userId) {
        this.title = title;
        this.userId = userId;
    }

    @Override public String toString() { return "Post(" + id + ", " + title + ")"; }
}
