package org.jalchemy.orm.inherit.concrete;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;
import org.jalchemy.orm.InheritanceType;

/** A concrete root (SQLAlchemy's ConcreteBase): a table of its own, its queries a union of it and its subclasses' tables. */
@Entity(table = "accounts")
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS, discriminator = "kind")
public class Account {
    @Id public Integer id;
    public String holder;

    protected Account() {}

    public Account(String holder) { this.holder = holder; }
}
