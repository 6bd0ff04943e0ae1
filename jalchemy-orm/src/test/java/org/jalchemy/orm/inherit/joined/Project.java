package org.jalchemy.orm.inherit.joined;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** Many-to-one to a joined-table subclass, by a foreign key to the subclass's table. */
@Entity(table = "projects")
public class Project {
    @Id public Integer id;
    public String title;
    @ForeignKey("managers.id") public Integer leadId;
    @Relationship(backPopulates = "projects") public Manager lead;

    protected Project() {}

    public Project(String title, Manager lead) {
        this.title = title;
        this.lead = lead;
    }
}
