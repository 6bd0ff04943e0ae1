package org.jalchemy.bench;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** A track of the lazy_walk workload. */
@Entity(table = "walk_track")
public class WalkTrack {
    @Id Integer id;
    String name;
    @ForeignKey("walk_album.id") Integer albumId;
    Integer milliseconds;
    @Relationship(backPopulates = "tracks") WalkAlbum album;

    /** For the ORM. */
    protected WalkTrack() {}
}
