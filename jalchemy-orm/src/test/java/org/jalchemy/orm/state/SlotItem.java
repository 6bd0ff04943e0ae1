package org.jalchemy.orm.state;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.EntityBase;
import org.jalchemy.orm.Id;

/** The same entity keeping its state in the object. */
@Entity(table = "slot_items")
public class SlotItem extends EntityBase implements Item, Cloneable {
    @Id public Integer id;
    public String name;

    protected SlotItem() {}

    public SlotItem(String name) { this.name = name; }

    @Override public Integer id() { return id; }

    @Override public void rename(String name) { this.name = name; }

    @Override public SlotItem clone() {
        try {
            return (SlotItem) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
