package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.Relationship;

/** Loading strategies set on the annotation. */
@Entity(table = "playlists")
public class Playlist {
    @Id public Integer id;
    public String name;
    @Relationship(lazy = Lazy.SELECTIN, orderBy = "id") public List<Song> songs = new ArrayList<>();
    @Relationship(lazy = Lazy.RAISE) public List<Clip> clips = new ArrayList<>();

    protected Playlist() {}

    public Playlist(String name) { this.name = name; }
}
