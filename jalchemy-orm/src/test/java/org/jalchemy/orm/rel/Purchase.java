package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "purchases")
public class Purchase {
    @Id public Integer id;
    public Integer total;
    @ForeignKey("customers.id") public Integer customerId;
    @Relationship(backPopulates = "purchases") public Customer customer;
    @Relationship(orderBy = "id desc", cascade = "all, delete-orphan") public List<Line> lines = new ArrayList<>();

    protected Purchase() {}

    public Purchase(int total) { this.total = total; }
}
