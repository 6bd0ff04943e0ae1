package org.jalchemy.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The {@code customer} row as a Hibernate entity whose key comes from a sequence allocated 1,000 at a time
 * (Hibernate's pooled optimizer): Hibernate's best key strategy for bulk inserts, because it lets the INSERTs
 * be batched. PostgreSQL and MariaDB (10.3+) both have sequences.
 */
@Entity
@Table(name = "customer")
public class HibernateSequenceCustomer {
    /** The sequence the benchmark creates next to the table. */
    static final String SEQUENCE = "customer_hib_seq";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_hib")
    @SequenceGenerator(name = "customer_hib", sequenceName = SEQUENCE, allocationSize = 1000)
    Integer id;
    String name;
    String description;
    Integer q;
    Integer p;

    /** For Hibernate. */
    protected HibernateSequenceCustomer() {}

    HibernateSequenceCustomer(String name, String description, int q, int p) {
        this.name = name;
        this.description = description;
        this.q = q;
        this.p = p;
    }
}
