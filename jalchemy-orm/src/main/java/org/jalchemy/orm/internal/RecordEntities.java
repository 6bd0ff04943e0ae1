package org.jalchemy.orm.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.jalchemy.orm.Inheritance;
import org.jalchemy.orm.Transient;
import org.jalchemy.orm.Version;
import org.jalchemy.orm.exc.MappingError;

/**
 * What a record entity cannot have, checked when it is mapped: anything the ORM would do by writing one of its
 * (final) fields after construction, or by subclassing it.
 */
final class RecordEntities {
    private RecordEntities() {}

    /**
     * Refuses a record mapping that needs mutation or subclassing.
     *
     * @throws MappingError naming the record, the field and why
     */
    static void check(Class<?> type) {
        if (type.isAnnotationPresent(Inheritance.class)) {
            throw new MappingError("Record " + type.getName() + " cannot be the root of an @Inheritance hierarchy: "
                    + "a record cannot be subclassed");
        }
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(Transient.class)) {
                continue;
            }
            String where = type.getName() + "." + f.getName();
            if (f.isAnnotationPresent(Version.class)) {
                throw new MappingError("Record " + type.getName() + " cannot have @Version field " + f.getName()
                        + ": the ORM increments a version in place on each UPDATE, and a record's fields are final");
            }
            if (RelationshipProperty.isRelationship(f)) {
                throw new MappingError("Record " + type.getName() + " cannot have relationship field " + f.getName()
                        + " (" + where + "): the ORM loads, lazily replaces and tracks relationship values by writing the field, "
                        + "and a record's fields are final; map the foreign key as a column, or make the entity a class");
            }
        }
    }
}
