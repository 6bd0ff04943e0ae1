package org.jalchemy.orm.tour;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** TOUR.md section 4, as written there. */
@Entity(table = "users")
public class User {
    @Id Integer id;
    @Column(length = 50, unique = true, nullable = false) String username;
    @Column(length = 100, nullable = false) String email;
    @Relationship(backPopulates = "user", orderBy = "id", cascade = "all, delete-orphan")
    List<Address> addresses = new ArrayList<>();

    protected User() {}

    public User(String username, String email) {
        this.username = username;
        this.email = email;
    }

    public Integer getId() { return id; }

    public List<Address> getAddresses() { return addresses; }

    public void setEmail(String email) { this.email = email; }
}
