package org.jalchemy.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * The {@code parent} row of the joined_loading workload as a Hibernate entity. The collection is fetched by
 * SUBSELECT when first touched (one query for the children of every parent the first query loaded, the
 * counterpart of selectinload); an HQL {@code join fetch} loads it in the parents' query instead.
 */
@Entity
@Table(name = "parent")
public class HibernateParent {
    @Id Integer id;
    String name;
    @OneToMany(mappedBy = "parent")
    @OrderBy("id")
    @Fetch(FetchMode.SUBSELECT)
    List<HibernateChild> children = new ArrayList<>();

    /** For Hibernate. */
    protected HibernateParent() {}
}
