package org.jalchemy.bench;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** An artist of the lazy_walk workload (a plain class: the default mapping). */
@Entity(table = "walk_artist")
public class WalkArtist {
    @Id Integer id;
    String name;
    @Relationship(backPopulates = "artist", orderBy = "id") List<WalkAlbum> albums = new ArrayList<>();

    /** For the ORM. */
    protected WalkArtist() {}
}
