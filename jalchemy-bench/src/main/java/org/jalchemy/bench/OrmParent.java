package org.jalchemy.bench;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.EntityBase;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** The {@code parent} row of the joined_loading workload as a JAlchemy ORM entity, with its children ({@link EntityBase}: state kept in the object). */
@Entity(table = "parent")
public class OrmParent extends EntityBase {
    @Id Integer id;
    String name;
    @Relationship(backPopulates = "parent", orderBy = "id") List<OrmChild> children = new ArrayList<>();

    /** For the ORM. */
    protected OrmParent() {}
}
