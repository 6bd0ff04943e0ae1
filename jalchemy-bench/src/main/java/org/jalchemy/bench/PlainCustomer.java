package org.jalchemy.bench;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

/**
 * The {@code customer} row as a plain class: what the hand-written JDBC floor builds per row, and what the ORM's
 * plain-class variants load (no {@link org.jalchemy.orm.EntityBase}; the ORM keeps its state outside the object).
 */
@Entity(table = "customer")
public class PlainCustomer {
    @Id Integer id;
    String name;
    String description;
    Integer q;
    Integer p;

    /** For the ORM. */
    protected PlainCustomer() {}

    PlainCustomer(String name, String description, int q, int p) {
        this.name = name;
        this.description = description;
        this.q = q;
        this.p = p;
    }

    /** A row as the hand-written floor maps it. */
    PlainCustomer(Integer id, String name, String description, Integer q, Integer p) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.q = q;
        this.p = p;
    }
}
