package org.jalchemy.bench;

import static org.jalchemy.orm.OrmSql.select;

import java.util.concurrent.TimeUnit;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
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
 * lazy_walk: one operation loads every artist in a fresh Session (autoflush on, the default) and walks
 * {@code artist.albums} and {@code album.tracks} by lazy loading: one SELECT per collection touched, each after an
 * autoflush. The Session grows to {@link #objects} objects during the walk, so the figure per object stays flat only
 * if an autoflush costs nothing when nothing changed (it scanned every object in the Session before).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LazyWalk {
    /** The database (SQLite: the cost of a statement is smallest there, so the Session's own cost shows most). */
    @Param({"sqlite"})
    public String db;

    /**
     * Objects loaded by one walk (artists, albums, tracks). The default mode's walk is quadratic (it compares the loaded
     * class's objects before each lazy load) and takes minutes at 100,000; {@link LazyWalkRecorded} runs the walk to
     * 100,000 objects, {@link LazyWalkCurve} both in one JVM.
     */
    @Param({"1000", "10000"})
    public int objects;

    private WalkTables tables;
    private SessionFactory sessions;

    /** Fills the tables. */
    @Setup(Level.Trial)
    public void setUp() {
        tables = WalkTables.create(BenchDatabase.of(db), Sizes.quick() ? Math.max(1000, objects / 10) : objects);
        sessions = SessionFactory.builder(tables.engine)
                .registry(new Registry().map(WalkArtist.class, WalkAlbum.class, WalkTrack.class)).build();
        check(walk(sessions), tables);
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        tables.close();
    }

    /** The walk: {@code for artist: for album in artist.albums: album.tracks.size()}. */
    @Benchmark
    public int ormLazyWalk() {
        return walk(sessions);
    }

    /** Every variant must walk the whole graph, or its figure means nothing. */
    static void check(int n, WalkTables tables) {
        if (n != tables.objects()) {
            throw new IllegalStateException("lazy_walk loaded " + n + " objects, expected " + tables.objects());
        }
    }

    /** Walks every artist's albums and tracks in one Session; returns the objects seen. */
    static int walk(SessionFactory sessions) {
        int n = 0;
        try (Session session = sessions.open()) {
            for (WalkArtist artist : session.scalars(select(WalkArtist.class).orderBy(WalkArtist_.id)).all()) {
                n++;
                for (WalkAlbum album : artist.albums) {
                    n += 1 + album.tracks.size();
                }
            }
        }
        return n;
    }
}
