package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.EntityBase;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "customers")
// keeps its state in the object (EntityBase), other test entities are plain classes: the suite runs both kinds
public class Customer extends EntityBase {
    @Id public Integer id;
    public String name;
    @Relationship(backPopulates = "customer", orderBy = "id") public List<Purchase> purchases = new ArrayList<>();

    protected Customer() {}

    public Customer(String name) { this.name = name; }
}
