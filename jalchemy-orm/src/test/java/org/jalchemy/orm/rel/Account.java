package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;
import org.jalchemy.orm.WriteOnlyCollection;

@Entity(table = "accounts")
public class Account {
    @Id public Integer id;
    public String name;
    @Relationship(backPopulates = "account", orderBy = "id") public WriteOnlyCollection<Entry> entries = WriteOnlyCollection.empty();
    @Relationship(secondary = "account_labels") public WriteOnlyCollection<Label> labels = WriteOnlyCollection.empty();

    protected Account() {}

    public Account(String name) { this.name = name; }
}
