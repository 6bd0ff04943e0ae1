package org.jalchemy.orm.chinook;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

@Entity(table = "media_type")
public class MediaType {
    @Id public Integer mediaTypeId;
    @Column(length = 120) public String name;

    protected MediaType() {}

    public MediaType(Integer mediaTypeId, String name) {
        this.mediaTypeId = mediaTypeId;
        this.name = name;
    }
}
