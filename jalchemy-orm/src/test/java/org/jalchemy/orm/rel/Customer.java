package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "customers")
public class Customer {
    @Id public Integer id;
    public String name;
    @Relationship(backPopulates = "customer", orderBy = "id") public List<Purchase> purchases = new ArrayList<>();

    protected Customer() {}

    public Customer(String name) { this.name = name; }
}
