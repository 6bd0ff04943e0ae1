package org.jalchemy.orm.chinook;

import static org.jalchemy.types.Types.INTEGER;

import org.jalchemy.engine.Engine;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Column;

/**
 * A small Chinook-shaped database (the schema of shared/data/chinook, snake_case names, a few rows): 3 artists,
 * 4 albums (2, 1, 1), 12 tracks (3 per album) over 3 genres and 2 media types, and 2 playlists of 5 and 2 tracks.
 */
final class Chinook {
    static final int ARTISTS = 3;
    static final int ALBUMS = 4;
    static final int TRACKS = 12;

    private Chinook() {}

    /** Maps the classes, creates the tables on {@code engine} and fills them; returns the factory. */
    static SessionFactory create(Engine engine) {
        Registry registry = new Registry().map(Artist.class, Album.class, Genre.class, MediaType.class, Track.class, Playlist.class);
        registry.metadata().table("playlist_track",
                Column.of("playlist_id", INTEGER).references("playlist.playlist_id").primaryKey(),
                Column.of("track_id", INTEGER).references("track.track_id").primaryKey());
        registry.metadata().createAll(engine);
        SessionFactory sessions = SessionFactory.builder(engine).registry(registry).build();
        sessions.transaction(s -> {
            Genre[] genres = {new Genre(1, "Rock"), new Genre(2, "Jazz"), new Genre(3, "Metal")};
            MediaType[] media = {new MediaType(1, "MPEG audio file"), new MediaType(2, "AAC audio file")};
            for (Genre g : genres) {
                s.add(g);
            }
            for (MediaType m : media) {
                s.add(m);
            }
            Artist[] artists = {new Artist(1, "AC/DC"), new Artist(2, "Accept"), new Artist(3, "Aerosmith")};
            Album[] albums = {new Album(1, "For Those About To Rock", artists[0]), new Album(2, "Let There Be Rock", artists[0]),
                    new Album(3, "Balls to the Wall", artists[1]), new Album(4, "Big Ones", artists[2])};
            for (Artist a : artists) {
                s.add(a);
            }
            Track[] tracks = new Track[TRACKS];
            for (int i = 0; i < TRACKS; i++) {
                tracks[i] = new Track(i + 1, "track " + (i + 1), albums[i / 3], media[i % 2], genres[i % 3], 200_000 + i);
                s.add(tracks[i]);
            }
            Playlist music = new Playlist(1, "Music");
            for (int i : new int[] {0, 3, 6, 9, 11}) {
                music.tracks.add(tracks[i]);
            }
            Playlist grunge = new Playlist(2, "Grunge");
            grunge.tracks.add(tracks[1]);
            grunge.tracks.add(tracks[4]);
            s.add(music);
            s.add(grunge);
        });
        return sessions;
    }
}
