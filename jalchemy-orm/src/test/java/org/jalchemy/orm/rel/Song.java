package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.Relationship;

@Entity(table = "songs")
public class Song {
    @Id public Integer id;
    public String title;
    @ForeignKey("playlists.id") public Integer playlistId;
    @Relationship(lazy = Lazy.JOINED, innerJoin = true) public Playlist playlist;

    protected Song() {}

    public Song(String title) { this.title = title; }
}
