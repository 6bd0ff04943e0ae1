package org.jalchemy.orm.deferred;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;

/** Cannot be mapped: a deferred primitive field has no "not loaded" value. */
@Entity(table = "primitive_deferred")
public class PrimitiveDeferred {
    @Id Integer id;
    @Column(deferred = true) int size;

    protected PrimitiveDeferred() {}
}
