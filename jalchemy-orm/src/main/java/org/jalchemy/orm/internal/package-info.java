/**
 * The ORM's machinery behind {@code org.jalchemy.orm}: mapping ({@code Mapper}, {@code JoinedRoots}, {@code TableNaming},
 * {@code ColumnProperty}, {@code EmbeddedProperty}, {@code RelationshipProperty}, {@code TypeMapping},
 * {@code Naming}, joined and concrete inheritance), per-object state ({@code InstanceState}, {@code StateRegistry},
 * {@code IdentityKey}, {@code RelationshipSnapshot}), the flush ({@code UnitOfWork}, {@code RelationshipFlush},
 * {@code AutoflushCheck}, package-private {@code RowOrder}, {@code JoinedFlush}, {@code PostUpdates}), loading
 * ({@code Loaders}, {@code ColumnLoad}, {@code LazyRef}, {@code RecordInstantiator}) and the collections put in
 * entity fields ({@code TrackedList}, {@code TrackedSet}, {@code WriteOnlyList}, {@code CollectionState}), reached
 * from a Session through {@code SessionAccess}.
 * <p>Not exported by {@code module-info}: not API. Its classes are public only so that {@code org.jalchemy.orm}
 * can use them; user code must not, and they change without notice. Like the rest of the ORM it uses Core's
 * public packages only and knows no dialect.
 */
package org.jalchemy.orm.internal;
