package org.jalchemy.orm.model;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.EntityBase;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Transient;

@Entity(table = "users")
// keeps its state in the object (EntityBase), other test entities are plain classes: the suite runs both kinds
public class User extends EntityBase {
    @Id public Integer id;
    @Column(length = 50, unique = true, nullable = false) public String username;
    @Column(length = 100, nullable = false) public String email;
    public Integer age;
    @Transient public String note;

    protected User() {}

    public User(String username, String email) {
        this.username = username;
        this.email = email;
    }
}
