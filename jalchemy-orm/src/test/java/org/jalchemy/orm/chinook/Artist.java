package org.jalchemy.orm.chinook;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "artist")
public class Artist {
    @Id public Integer artistId;
    @Column(length = 120) public String name;
    @Relationship(backPopulates = "artist", orderBy = "albumId") public List<Album> albums = new ArrayList<>();

    protected Artist() {}

    public Artist(Integer artistId, String name) {
        this.artistId = artistId;
        this.name = name;
    }
}
