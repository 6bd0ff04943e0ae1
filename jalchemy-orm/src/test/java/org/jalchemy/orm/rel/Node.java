package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.EntityBase;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "nodes")
// keeps its state in the object (EntityBase), other test entities are plain classes: the suite runs both kinds
public class Node extends EntityBase {
    @Id public Integer id;
    public String name;
    @ForeignKey("nodes.id") public Integer parentId;
    @Relationship(remoteSide = "id", backPopulates = "children") public Node parent;
    @Relationship(backPopulates = "parent", orderBy = "id", cascade = "all") public List<Node> children = new ArrayList<>();

    protected Node() {}

    public Node(String name) { this.name = name; }
}
