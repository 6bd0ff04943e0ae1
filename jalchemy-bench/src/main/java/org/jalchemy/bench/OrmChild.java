package org.jalchemy.bench;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.EntityBase;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** The {@code child} row of the joined_loading workload as a JAlchemy ORM entity ({@link EntityBase}: state kept in the object). */
@Entity(table = "child")
public class OrmChild extends EntityBase {
    @Id Integer id;
    @ForeignKey("parent.id") Integer parentId;
    String name;
    Integer q;
    @Relationship(backPopulates = "children") OrmParent parent;

    /** For the ORM. */
    protected OrmChild() {}
}
