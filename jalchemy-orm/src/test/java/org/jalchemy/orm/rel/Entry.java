package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "entries")
public class Entry {
    @Id public Integer id;
    public Integer amount;
    @ForeignKey("accounts.id") public Integer accountId;
    @Relationship(backPopulates = "entries") public Account account;

    protected Entry() {}

    public Entry(int amount) { this.amount = amount; }
}
