package org.jalchemy.orm.inherit.joined;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.DiscriminatorValue;
import org.jalchemy.orm.Entity;

@Entity(table = "engineers")
@DiscriminatorValue("engineer")
public class Engineer extends Person {
    @Column(nullable = false) public String language;
    public int level;                  // primitive: the column is in the engineers table only, so NOT NULL is fine

    protected Engineer() {}

    public Engineer(String name, String language, int level) {
        super(name);
        this.language = language;
        this.level = level;
    }
}
