package org.jalchemy.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The {@code child} row of the joined_loading workload as a Hibernate entity. */
@Entity
@Table(name = "child")
public class HibernateChild {
    @Id Integer id;
    String name;
    Integer q;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    HibernateParent parent;

    /** For Hibernate. */
    protected HibernateChild() {}
}
