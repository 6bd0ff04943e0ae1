package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;
import org.jalchemy.orm.Tracked;

/** Calls Tracked.collections in every constructor, including the one JAlchemy uses to load rows. */
@Entity(table = "decks")
public class Deck {
    @Id public Integer id;
    public String name;
    @Relationship(backPopulates = "deck", orderBy = "id", cascade = "all, delete-orphan") public List<Card> cards = new ArrayList<>();

    protected Deck() {
        Tracked.collections(this);
    }

    public Deck(String name) {
        this.name = name;
        Tracked.collections(this);
    }
}
