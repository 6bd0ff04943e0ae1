package org.jalchemy.orm.querymodel;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

/** A user of the querying tests (the seeds' {@code User}). */
@Entity(table = "users")
public class User {
    @Id public Integer id;
    @Column(length = 50, nullable = false) public String name;
    @Column(length = 100) public String email;
    public Integer age;

    protected User() {}

    public User(String name, String email, Integer age) {
        this.name = name;
        this.email = email;
        this.age = age;
    }

    @Override public String toString() { return "User(" + id + ", " + name + ")"; }
}
