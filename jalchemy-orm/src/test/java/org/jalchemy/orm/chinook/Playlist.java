package org.jalchemy.orm.chinook;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "playlist")
public class Playlist {
    @Id public Integer playlistId;
    @Column(length = 120) public String name;
    @Relationship(secondary = "playlist_track", orderBy = "trackId") public List<Track> tracks = new ArrayList<>();

    protected Playlist() {}

    public Playlist(Integer playlistId, String name) {
        this.playlistId = playlistId;
        this.name = name;
    }
}
