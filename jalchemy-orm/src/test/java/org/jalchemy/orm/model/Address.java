package org.jalchemy.orm.model;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;

@Entity(table = "addresses")
public class Address {
    @Id public Integer id;
    @Column(length = 100, nullable = false, index = true) public String email;
    @ForeignKey("users.id") public Integer userId;

    protected Address() {}

    public Address(String email, Integer userId) {
        this.email = email;
        this.userId = userId;
    }
}
