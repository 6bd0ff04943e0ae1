package org.jalchemy.orm.rel;

import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

@Entity(table = "widget_entries")
public class WidgetEntry {
    @Id public Integer id;
    public String name;
    @ForeignKey("widgets.id") public Integer widgetId;
    @Relationship(foreignKeys = "widget_id", backPopulates = "entries") public Widget widget;

    protected WidgetEntry() {}

    public WidgetEntry(String name) { this.name = name; }
}
