package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "profiles")
public class Profile {
    @Id public Integer id;
    public String bio;
    @ForeignKey("accounts_rel.id") public Integer accountId;
    @Relationship(backPopulates = "profile") public Member account;

    protected Profile() {}

    public Profile(String bio) { this.bio = bio; }
}
