package org.jalchemy.orm.model;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

/** A key from a sequence starting at 1000. */
@Entity(table = "tickets")
public class Ticket {
    @Id @Column(sequence = "tickets_id_seq", sequenceStart = 1000) public Long id;
    public String title;

    protected Ticket() {}

    public Ticket(String title) {
        this.title = title;
    }
}
