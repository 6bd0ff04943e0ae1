package org.jalchemy.orm.rel;

import java.util.List;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Relationship;

/** Entities whose relationships cannot be configured. */
final class MappingErrors {
    private MappingErrors() {}

    @Entity(table = "places")
    static class Place {
        @Id Integer id;
        Place() {}
    }

    /** Two foreign keys to places: which one does "home" use? */
    @Entity(table = "travellers")
    static class Traveller {
        @Id Integer id;
        @ForeignKey("places.id") Integer homeId;
        @ForeignKey("places.id") Integer workId;
        @Relationship Place home;
        Traveller() {}
    }

    /** Named with foreignKeys: fine. */
    @Entity(table = "commuters")
    static class Commuter {
        @Id Integer id;
        @ForeignKey("places.id") Integer homeId;
        @ForeignKey("places.id") Integer workId;
        @Relationship(foreignKeys = "home_id") Place home;
        @Relationship(foreignKeys = "work_id") Place work;
        Commuter() {}
    }

    /** No foreign key at all. */
    @Entity(table = "hermits")
    static class Hermit {
        @Id Integer id;
        @Relationship List<Place> places;
        Hermit() {}
    }

    /** backref naming a field the target does not have. */
    @Entity(table = "fans")
    static class Fan {
        @Id Integer id;
        @ForeignKey("places.id") Integer placeId;
        @Relationship(backref = "fans") Place place;
        Fan() {}
    }

    /** postUpdate on a many-to-many: its rows are written after both sides anyway. */
    @Entity(table = "tourists")
    static class Tourist {
        @Id Integer id;
        @Relationship(secondary = "visits", postUpdate = true) List<Place> visited;
        Tourist() {}
    }
}
