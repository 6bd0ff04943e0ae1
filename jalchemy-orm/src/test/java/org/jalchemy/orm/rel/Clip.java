package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;

@Entity(table = "clips")
public class Clip {
    @Id public Integer id;
    public String title;
    @ForeignKey("playlists.id") public Integer playlistId;

    protected Clip() {}

    public Clip(String title) { this.title = title; }
}
