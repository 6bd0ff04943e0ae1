package org.jalchemy.orm.model;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

/** A composite, application-assigned primary key. */
@Entity(table = "memberships")
public class Membership {
    @Id @Column(length = 30) public String groupName;
    @Id public Integer userId;
    @Column(length = 20) public String role;

    protected Membership() {}

    public Membership(String groupName, Integer userId, String role) {
        this.groupName = groupName;
        this.userId = userId;
        this.role = role;
    }
}
