package org.jalchemy.dialect.internal;

import org.jalchemy.dialect.Reflection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jalchemy.engine.Connection;

/** Helpers for dialect reflection classes: run a catalogue query, group rows, normalise FK actions. */
public abstract class ReflectionSupport implements Reflection {
    /** Reads one row of a catalogue query. */
    @FunctionalInterface
    protected interface RowReader<T> {
        /** Reads the current row. */
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} with string parameters on {@code conn}'s JDBC connection and reads every row. */
    protected static <T> List<T> query(Connection conn, String sql, List<String> params, RowReader<T> reader) {
        return conn.withJdbc(sql, params, jdbc -> {
            try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                List<T> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The first column of every row as a string. */
    protected static List<String> strings(Connection conn, String sql, List<String> params) {
        return query(conn, sql, params, rs -> rs.getString(1));
    }

    /** Groups rows by a key, keeping first-seen order. */
    protected static <T, K> Map<K, List<T>> group(List<T> rows, Function<T, K> key) {
        Map<K, List<T>> out = new LinkedHashMap<>();
        for (T row : rows) {
            out.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return out;
    }

    /** An ON DELETE / ON UPDATE action in upper case, or null for the default (NO ACTION). */
    protected static String action(String rule) {
        if (rule == null) {
            return null;
        }
        String r = rule.trim().toUpperCase(Locale.ROOT);
        return r.isEmpty() || r.equals("NO ACTION") ? null : r;
    }
}
