package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;

@Entity(table = "notes")
public class Note {
    @Id public Integer id;
    public String text;
    @ForeignKey(value = "accounts_rel.id", onDelete = "CASCADE") public Integer memberId;

    protected Note() {}

    public Note(String text) { this.text = text; }
}
