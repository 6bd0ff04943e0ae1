package org.jalchemy.orm.chinook;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Ref;
import org.jalchemy.orm.Relationship;

@Entity(table = "album")
public class Album {
    @Id public Integer albumId;
    @Column(length = 160) public String title;
    @ForeignKey("artist.artist_id") public Integer artistId;
    @Relationship(backPopulates = "albums") public Ref<Artist> artist = Ref.empty();
    @Relationship(backPopulates = "album", orderBy = "trackId") public List<Track> tracks = new ArrayList<>();

    protected Album() {}

    public Album(Integer albumId, String title, Artist artist) {
        this.albumId = albumId;
        this.title = title;
        this.artist.set(artist);
    }
}
