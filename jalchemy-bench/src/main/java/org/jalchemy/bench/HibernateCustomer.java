package org.jalchemy.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The {@code customer} row as a Hibernate entity. The key is the table's autoincrement/SERIAL column
 * (IDENTITY), the same key every other variant uses; Hibernate cannot batch IDENTITY inserts.
 */
@Entity
@Table(name = "customer")
public class HibernateCustomer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;
    String name;
    String description;
    Integer q;
    Integer p;

    /** For Hibernate. */
    protected HibernateCustomer() {}

    HibernateCustomer(String name, String description, int q, int p) {
        this.name = name;
        this.description = description;
        this.q = q;
        this.p = p;
    }
}
