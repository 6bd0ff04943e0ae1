package org.jalchemy.examples.model;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** TOUR.md section 4's user: its addresses and posts are saved and deleted with it. */
@Entity(table = "users")
public class User {
    @Id Integer id;
    @Column(length = 50, unique = true, nullable = false) String username;
    @Column(length = 100, nullable = false) String email;
    @Relationship(backPopulates = "user", orderBy = "id", cascade = "all, delete-orphan")
    List<Address> addresses = new ArrayList<>();
    @Relationship(backPopulates = "author", orderBy = "id", cascade = "all, delete-orphan")
    List<Post> posts = new ArrayList<>();

    protected User() {}

    /** A new, transient user. */
    public User(String username, String email) {
        this.username = username;
        this.email = email;
    }

    /** The database-generated key, null until flushed. */
    public Integer getId() { return id; }

    /** The user name. */
    public String getUsername() { return username; }

    /** The e-mail address. */
    public String getEmail() { return email; }

    /** The addresses, loaded on first access unless the query loaded them eagerly. */
    public List<Address> getAddresses() { return addresses; }

    /** The posts, oldest first, loaded on first access unless the query loaded them eagerly. */
    public List<Post> getPosts() { return posts; }

    /** Changes the e-mail address. */
    public void setEmail(String email) { this.email = email; }

    @Override public String toString() { return "User(" + id + ", " + username + ", " + email + ")"; }
}
