package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** One-to-one (uselist = false) to Profile; passive deletes of its notes (ON DELETE CASCADE). */
@Entity(table = "accounts_rel")
public class Member {
    @Id public Integer id;
    public String login;
    @Relationship(uselist = false, backPopulates = "account", cascade = "all, delete-orphan") public Profile profile;
    @Relationship(cascade = "all", passiveDeletes = true) public List<Note> notes = new ArrayList<>();

    protected Member() {}

    public Member(String login) { this.login = login; }
}
