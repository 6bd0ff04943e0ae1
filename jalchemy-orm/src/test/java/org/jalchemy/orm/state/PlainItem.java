package org.jalchemy.orm.state;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

/** A plain entity class: its state is found in the global weak map. */
@Entity(table = "plain_items")
public class PlainItem implements Item {
    @Id public Integer id;
    public String name;

    protected PlainItem() {}

    public PlainItem(String name) { this.name = name; }

    @Override public Integer id() { return id; }

    @Override public void rename(String name) { this.name = name; }
}
