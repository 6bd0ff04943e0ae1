package org.jalchemy.bench;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** An album of the lazy_walk workload. */
@Entity(table = "walk_album")
public class WalkAlbum {
    @Id Integer id;
    String title;
    @ForeignKey("walk_artist.id") Integer artistId;
    @Relationship(backPopulates = "albums") WalkArtist artist;
    @Relationship(backPopulates = "album", orderBy = "id") List<WalkTrack> tracks = new ArrayList<>();

    /** For the ORM. */
    protected WalkAlbum() {}
}
