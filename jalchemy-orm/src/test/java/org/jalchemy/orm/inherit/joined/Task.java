package org.jalchemy.orm.inherit.joined;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** Many-to-one to the root of a joined-table hierarchy. */
@Entity(table = "tasks")
public class Task {
    @Id public Integer id;
    public String title;
    @ForeignKey("people.id") public Integer ownerId;
    @Relationship(backPopulates = "tasks") public Person owner;

    protected Task() {}

    public Task(String title, Person owner) {
        this.title = title;
        this.owner = owner;
    }
}
