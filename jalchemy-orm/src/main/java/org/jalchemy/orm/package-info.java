/**
 * The ORM's public API. Mapping: the annotations {@link org.jalchemy.orm.Entity}, {@link org.jalchemy.orm.Id},
 * {@link org.jalchemy.orm.Column}, {@link org.jalchemy.orm.ForeignKey}, {@link org.jalchemy.orm.Relationship},
 * {@link org.jalchemy.orm.Version}, {@link org.jalchemy.orm.Embedded}, {@link org.jalchemy.orm.Inheritance},
 * {@link org.jalchemy.orm.Transient}, ..., and {@link org.jalchemy.orm.Registry}, the declarative base.
 * The unit of work: {@link org.jalchemy.orm.SessionFactory}, {@link org.jalchemy.orm.Session},
 * {@link org.jalchemy.orm.ScopedSession}, {@link org.jalchemy.orm.SessionEvents}. Querying:
 * {@link org.jalchemy.orm.OrmSql} (ORM {@code select} / {@code insert} / {@code update} / {@code delete} of entity
 * classes), {@link org.jalchemy.orm.OrmSelect}, {@link org.jalchemy.orm.OrmResult}, the legacy
 * {@link org.jalchemy.orm.Query}, {@link org.jalchemy.orm.LoaderOptions} and the metamodel attribute types
 * {@link org.jalchemy.orm.ColumnAttribute} and {@link org.jalchemy.orm.RelationshipAttribute}. Relationship fields
 * may be {@link org.jalchemy.orm.Ref} or {@link org.jalchemy.orm.WriteOnlyCollection};
 * {@link org.jalchemy.orm.EntityBase} is an optional base class that keeps an object's state in the object.
 * <pre>{@code
 * import static org.jalchemy.Sql.*;
 * import static org.jalchemy.orm.OrmSql.*;
 *
 * Registry base = new Registry();
 * base.map(User.class, Address.class);
 * base.metadata().createAll(engine);
 * SessionFactory sessions = SessionFactory.of(engine);
 * try (Session session = sessions.open()) {
 *     session.add(new User("alice", "alice@example.com"));
 *     session.commit();
 *     List<User> us = session.scalars(select(User.class).where(User_.username.startsWith("a"))).all();
 * }
 * }</pre>
 * The ORM sits on Core's public API only ({@code engine}, {@code schema}, {@code sql}, {@code types},
 * {@code exc}): it knows no dialect and builds no SQL text; statements are Core trees compiled by the engine.
 * The mapping and flush machinery is in {@code org.jalchemy.orm.internal}, which is not API.
 */
package org.jalchemy.orm;
