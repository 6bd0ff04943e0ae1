package org.jalchemy.bench;

import java.util.concurrent.TimeUnit;
import org.jalchemy.orm.LazyLoadAutoflush;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.SessionFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * lazy_walk with {@code lazyLoadAutoflush(LazyLoadAutoflush.RECORDED)}: the walk of {@link LazyWalk}, autoflush on,
 * where a lazy load flushes only what the Session recorded (adds, deletes, collection changes), so its cost does not
 * grow with the Session: time per object stays flat from 1,000 to 100,000 objects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LazyWalkRecorded {
    /** The database. */
    @Param({"sqlite"})
    public String db;

    /** Objects loaded by one walk (artists, albums, tracks). */
    @Param({"1000", "10000", "100000"})
    public int objects;

    private WalkTables tables;
    private SessionFactory sessions;

    /** Fills the tables. */
    @Setup(Level.Trial)
    public void setUp() {
        tables = WalkTables.create(BenchDatabase.of(db), Sizes.quick() ? Math.max(1000, objects / 10) : objects);
        sessions = SessionFactory.builder(tables.engine).lazyLoadAutoflush(LazyLoadAutoflush.RECORDED)
                .registry(new Registry().map(WalkArtist.class, WalkAlbum.class, WalkTrack.class)).build();
        LazyWalk.check(LazyWalk.walk(sessions), tables);
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        tables.close();
    }

    /** The walk: {@code for artist: for album in artist.albums: album.tracks.size()}. */
    @Benchmark
    public int ormLazyWalk() {
        return LazyWalk.walk(sessions);
    }
}
