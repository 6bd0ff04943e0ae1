package org.jalchemy.examples.model;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** TOUR.md section 4's address: many-to-one to its user, kept in step with {@code User.addresses}. */
@Entity(table = "addresses")
public class Address {
    @Id Integer id;
    @Column(nullable = false) String email;
    @Column @ForeignKey("users.id") Integer userId;
    @Relationship(backPopulates = "addresses") User user;

    protected Address() {}

    /** A new address; it gets its user when added to {@code user.getAddresses()}. */
    public Address(String email) {
        this.email = email;
    }

    /** The user (set by back-population as soon as the address is added to a user's list). */
    public User getUser() { return user; }

    /** The e-mail address. */
    public String getEmail() { return email; }

    @Override public String toString() { return "Address(" + id + ", " + email + ", user " + userId + ")"; }
}
