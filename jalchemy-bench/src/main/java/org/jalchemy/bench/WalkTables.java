package org.jalchemy.bench;

import static org.jalchemy.Sql.insert;
import static org.jalchemy.types.Types.INTEGER;
import static org.jalchemy.types.Types.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Engine;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/**
 * The Chinook-shaped tables of the lazy_walk workload: per artist {@value #ALBUMS} albums of {@value #TRACKS} tracks
 * ({@code 1 + ALBUMS + ALBUMS * TRACKS} objects per artist), created afresh for a given number of objects.
 */
final class WalkTables implements AutoCloseable {
    /** Albums per artist. */
    static final int ALBUMS = 2;
    /** Tracks per album (Chinook has about 10). */
    static final int TRACKS = 10;

    final Engine engine;
    final MetaData metadata = new MetaData();
    final int artists;

    private WalkTables(Engine engine, int objects) {
        this.engine = engine;
        this.artists = Math.max(1, objects / (1 + ALBUMS + ALBUMS * TRACKS));
        metadata.table("walk_artist", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(100)));
        metadata.table("walk_album", Column.of("id", INTEGER).primaryKey(), Column.of("title", string(100)),
                Column.of("artist_id", INTEGER).references("walk_artist.id").index());
        metadata.table("walk_track", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(100)),
                Column.of("album_id", INTEGER).references("walk_album.id").index(), Column.of("milliseconds", INTEGER));
    }

    /** Recreates and fills the tables with about {@code objects} rows in all. */
    static WalkTables create(BenchDatabase database, int objects) {
        WalkTables t = new WalkTables(Engine.create(database.benchUrl()), objects);
        t.metadata.dropAll(t.engine);
        t.metadata.createAll(t.engine);
        List<Map<String, Object>> artists = new ArrayList<>();
        List<Map<String, Object>> albums = new ArrayList<>();
        List<Map<String, Object>> tracks = new ArrayList<>();
        int album = 0;
        int track = 0;
        for (int a = 1; a <= t.artists; a++) {
            artists.add(Map.of("id", a, "name", "artist " + a));
            for (int b = 0; b < ALBUMS; b++) {
                album++;
                albums.add(Map.of("id", album, "title", "album " + album, "artist_id", a));
                for (int c = 0; c < TRACKS; c++) {
                    track++;
                    tracks.add(Map.of("id", track, "name", "track " + track, "album_id", album, "milliseconds", 1000 + c));
                }
            }
        }
        Table ar = t.metadata.tables().get("walk_artist");
        Table al = t.metadata.tables().get("walk_album");
        Table tr = t.metadata.tables().get("walk_track");
        t.engine.transaction(c -> {
            c.execute(insert(ar), artists);
            c.execute(insert(al), albums);
            c.execute(insert(tr), tracks);
        });
        return t;
    }

    /** Objects one walk loads. */
    int objects() {
        return artists * (1 + ALBUMS + ALBUMS * TRACKS);
    }

    /** Drops the tables and closes the engine's connections. */
    @Override public void close() {
        metadata.dropAll(engine);
        engine.dispose();
    }
}
