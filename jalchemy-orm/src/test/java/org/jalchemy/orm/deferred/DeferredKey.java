package org.jalchemy.orm.deferred;

import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;

/** Cannot be mapped: relationships read foreign-key fields, which must be loaded. */
@Entity(table = "deferred_keys")
public class DeferredKey {
    @Id Integer id;
    @Column(deferred = true) @ForeignKey("writers.id") Integer writerId;

    protected DeferredKey() {}
}
