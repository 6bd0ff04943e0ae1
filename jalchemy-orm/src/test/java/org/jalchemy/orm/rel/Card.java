package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "cards")
public class Card {
    @Id public Integer id;
    public String face;
    @ForeignKey("decks.id") public Integer deckId;
    @Relationship(backPopulates = "cards") public Deck deck;

    protected Card() {}

    public Card(String face) { this.face = face; }
}
