package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** Points at one of its own entries, which point back at it: a cycle broken by postUpdate. */
@Entity(table = "widgets")
public class Widget {
    @Id public Integer id;
    public String name;
    @ForeignKey("widget_entries.id") public Integer favoriteEntryId;
    @Relationship(foreignKeys = "favorite_entry_id", postUpdate = true) public WidgetEntry favoriteEntry;
    @Relationship(foreignKeys = "widget_id", backPopulates = "widget", cascade = "all") public List<WidgetEntry> entries = new ArrayList<>();

    protected Widget() {}

    public Widget(String name) { this.name = name; }
}
