package org.jalchemy.orm.model;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Version;

@Entity(table = "accounts")
public class Account {
    @Id public Integer id;   // not Long: Core renders BIGINT PRIMARY KEY on SQLite, which does not generate keys
    @Column(length = 40) public String owner;
    public int balance;
    @Version public Integer version;

    protected Account() {}

    public Account(String owner, int balance) {
        this.owner = owner;
        this.balance = balance;
    }
}
