package org.jalchemy.examples.model;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;

/** TOUR.md section 4's address, pointing at its user by key. */
@Entity(table = "addresses")
public class Address {
    @Id Integer id;
    @Column(nullable = false) String email;
    @Column @ForeignKey("users.id") Integer userId;

    protected Address() {}

    /** A new address of the user with key {@code userId}. */
    public Address(String email, Integer userId) {
        this.email = email;
        this.userId = userId;
    }

    @Override public String toString() { return "Address(" + id + ", " + email + ", user " + userId + ")"; }
}
