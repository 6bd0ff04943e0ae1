package org.jalchemy.examples.model;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** A user's post: many-to-one to its author, kept in step with {@code User.posts}. */
@Entity(table = "posts")
public class Post {
    @Id Integer id;
    @Column(length = 100, nullable = false) String title;
    @Column String body;
    @Column @ForeignKey("users.id") Integer authorId;
    @Relationship(backPopulates = "posts") User author;

    protected Post() {}

    /** A new post; it gets its author when added to {@code user.getPosts()}. */
    public Post(String title, String body) {
        this.title = title;
        this.body = body;
    }

    /** The title. */
    public String getTitle() { return title; }

    /** The text. */
    public String getBody() { return body; }

    /** The author (loaded on first access). */
    public User getAuthor() { return author; }

    @Override public String toString() { return "Post(" + id + ", " + title + ", author " + authorId + ")"; }
}
