package org.jalchemy.orm.model;

import java.util.UUID;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

/** Application-assigned UUID key; table name from the class name. */
@Entity
public class Doc {
    @Id public UUID id;
    public String title;

    protected Doc() {}

    public Doc(UUID id, String title) {
        this.id = id;
        this.title = title;
    }
}
