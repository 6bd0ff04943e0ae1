package org.jalchemy.orm.model;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Version;

/** Primitive key and version: 0 means "not assigned yet". */
@Entity(table = "counters")
public class Counter {
    @Id public int id;
    public String name;
    @Version public long version;

    protected Counter() {}

    public Counter(String name) {
        this.name = name;
    }
}
