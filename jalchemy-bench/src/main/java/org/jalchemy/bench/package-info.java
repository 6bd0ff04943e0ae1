/**
 * Benchmarks of SQLAlchemy's performance suite, as JMH benchmarks on SQLite, PostgreSQL and MariaDB
 * ({@link org.jalchemy.bench.BenchDatabase}): one class per workload ({@link org.jalchemy.bench.BulkInserts},
 * {@link org.jalchemy.bench.BulkUpdates}, {@link org.jalchemy.bench.SingleInserts},
 * {@link org.jalchemy.bench.ShortSelects}, {@link org.jalchemy.bench.LargeResultsets},
 * {@link org.jalchemy.bench.JoinedLoading}), each running hand-written JDBC, JAlchemy Core and the ORM (and jOOQ in
 * some) side by side, with a {@code *Hibernate} counterpart class; {@link org.jalchemy.bench.LazyWalk} (and
 * {@link org.jalchemy.bench.LazyWalkRecorded}) measures the ORM's lazy loading alone. The entities come in
 * three kinds: {@code Orm*} (extending {@code EntityBase}), {@code Plain*} (plain classes) and
 * {@code Hibernate*}; {@code Walk*} are the lazy_walk model. Package-private
 * {@code Competitors}, {@code Fixtures}, {@code Sizes} and the {@code *Tables} classes set up data.
 * {@link org.jalchemy.bench.RunAll} runs everything and writes {@code docs/performance.md};
 * {@link org.jalchemy.bench.Measure} and {@link org.jalchemy.bench.LazyWalkCurve} measure CPU time and allocation
 * directly on a busy machine.
 * <p>A user of the public API only (no {@code internal} package), so what it measures is what an application
 * gets. Nothing in the other modules depends on it.
 */
package org.jalchemy.bench;
