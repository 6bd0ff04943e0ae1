package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

@Entity(table = "labels")
public class Label {
    @Id public Integer id;
    public String text;

    protected Label() {}

    public Label(String text) { this.text = text; }
}
