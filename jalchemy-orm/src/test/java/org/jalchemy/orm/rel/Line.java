package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;

@Entity(table = "purchase_lines")
public class Line {
    @Id public Integer id;
    public String item;
    @ForeignKey("purchases.id") public Integer purchaseId;

    protected Line() {}

    public Line(String item) { this.item = item; }
}
