package org.jalchemy.orm.chinook;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

@Entity(table = "genre")
public class Genre {
    @Id public Integer genreId;
    @Column(length = 120) public String name;

    protected Genre() {}

    public Genre(Integer genreId, String name) {
        this.genreId = genreId;
        this.name = name;
    }
}
