package org.jalchemy.orm.tour;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "addresses")
public class Address {
    @Id Integer id;
    @Column(nullable = false) String email;
    @Column @ForeignKey("users.id") Integer userId;
    @Relationship(backPopulates = "addresses") User user;

    protected Address() {}

    public Address(String email) { this.email = email; }

    public User getUser() { return user; }
}
