package org.jalchemy.orm.internal;

import java.util.EnumSet;
import java.util.Set;
import org.jalchemy.orm.exc.MappingError;

/** The cascade options of a relationship, parsed from {@code "save-update, merge, delete"} and the like. */
public enum Cascade {
    /** Adding the owner adds the related objects. */
    SAVE_UPDATE,
    /** Merging the owner merges the related objects. */
    MERGE,
    /** Deleting the owner deletes the related objects. */
    DELETE,
    /** A related object removed from the owner's collection is deleted. */
    DELETE_ORPHAN,
    /** Expunging the owner expunges the related objects. */
    EXPUNGE,
    /** Refreshing or expiring the owner does the same to the related objects. */
    REFRESH_EXPIRE;

    /**
     * Parses a cascade string; {@code all} stands for every option except delete-orphan, {@code none} for nothing.
     *
     * @throws MappingError naming the unknown option and {@code where}
     */
    public static Set<Cascade> parse(String spec, String where) {
        Set<Cascade> out = EnumSet.noneOf(Cascade.class);
        for (String raw : spec.split(",")) {
            String s = raw.trim().toLowerCase();
            switch (s) {
                case "" , "none" -> { }
                case "all" -> out.addAll(EnumSet.complementOf(EnumSet.of(DELETE_ORPHAN)));
                case "save-update" -> out.add(SAVE_UPDATE);
                case "merge" -> out.add(MERGE);
                case "delete" -> out.add(DELETE);
                case "delete-orphan" -> out.add(DELETE_ORPHAN);
                case "expunge" -> out.add(EXPUNGE);
                case "refresh-expire" -> out.add(REFRESH_EXPIRE);
                default -> throw new MappingError("Unknown cascade option '" + raw.trim() + "' on " + where
                        + "; known: save-update, merge, delete, delete-orphan, expunge, refresh-expire, all, none");
            }
        }
        return out;
    }
}
