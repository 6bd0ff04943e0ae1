package org.jalchemy.engine;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalchemy.exc.ArgumentError;

/**
 * A database URL, {@code dialect[+driver]://user:password@host:port/database?key=value}, as an immutable value.
 * User, password, database and query values are percent-decoded. SQLite: {@code sqlite:///relative.db},
 * {@code sqlite:////absolute/path.db}, {@code sqlite:///:memory:}.
 *
 * @param drivername {@code dialect} or {@code dialect+driver}
 * @param username may be null
 * @param password may be null
 * @param host may be null
 * @param port may be null
 * @param database may be null
 * @param query extra options passed to the driver
 */
public record URL(String drivername, String username, String password, String host, Integer port, String database,
                  Map<String, String> query) {
    private static final Pattern FORM = Pattern.compile(
            "^(?<name>[A-Za-z0-9_+.-]+)://"
            + "(?:(?<user>[^:/@]*)(?::(?<password>[^@]*))?@)?"
            + "(?<host>\\[[^\\]]+\\]|[^/:?@]*)?"
            + "(?::(?<port>[^/?@]*))?"
            + "(?:/(?<database>[^?]*))?"
            + "(?:\\?(?<query>.*))?$");

    /**
     * The query option giving the connect timeout in seconds ({@code ?connect_timeout=3}, as libpq and SQLAlchemy's
     * drivers call it); the engine translates it into each driver's own properties.
     */
    public static final String CONNECT_TIMEOUT = "connect_timeout";

    /** Copies the query map so the URL stays immutable. */
    public URL {
        query = query == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /**
     * Parses a URL string.
     *
     * @throws ArgumentError naming the part that is malformed
     */
    public static URL parse(String url) {
        if (url == null || url.isBlank()) {
            throw new ArgumentError("Database URL is empty");
        }
        Matcher m = FORM.matcher(url.trim());
        if (!m.matches()) {
            throw new ArgumentError("Could not parse database URL '" + mask(url)
                    + "': expected dialect[+driver]://user:password@host:port/database"
                    + " (percent-encode special characters in the user name and password, e.g. @ as %40)");
        }
        Integer port = null;
        String p = m.group("port");
        if (p != null && !p.isEmpty()) {
            try {
                port = Integer.valueOf(p);
            } catch (NumberFormatException e) {
                throw new ArgumentError("Port '" + p + "' in database URL '" + mask(url) + "' is not a number");
            }
            if (port < 1 || port > 65535) {
                throw new ArgumentError("Port " + port + " in database URL '" + mask(url) + "' is out of range");
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        String q = m.group("query");
        if (q != null && !q.isEmpty()) {
            for (String pair : q.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                query.put(decode(k), decode(v));
            }
        }
        String host = emptyToNull(m.group("host"));
        if (host != null && host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        return new URL(m.group("name"), decode(emptyToNull(m.group("user"))), decode(m.group("password")), host, port,
                decode(emptyToNull(m.group("database"))), query);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String decode(String s) {
        return s == null ? null : URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String mask(String raw) {
        // greedy up to the last '@': an unencoded '@' in the password must not leak the rest of it
        return raw.replaceAll("(://[^:/@]*:).*@", "$1***@");
    }

    /** The dialect part of the driver name: {@code postgresql} for {@code postgresql+pgjdbc}. */
    public String dialectName() {
        int plus = drivername.indexOf('+');
        return plus < 0 ? drivername : drivername.substring(0, plus);
    }

    /**
     * The {@code connect_timeout} query option (seconds, fractions allowed), or null when the URL has none.
     *
     * @throws ArgumentError when it is not a positive number
     */
    public java.time.Duration connectTimeout() {
        String v = query.get(CONNECT_TIMEOUT);
        if (v == null) {
            return null;
        }
        double seconds;
        try {
            seconds = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new ArgumentError("connect_timeout '" + v + "' in database URL '" + this
                    + "' must be a positive number of seconds");
        }
        return java.time.Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    /** The driver part after {@code +}, or null. */
    public String driver() {
        int plus = drivername.indexOf('+');
        return plus < 0 ? null : drivername.substring(plus + 1);
    }

    /**
     * The host as a JDBC URL writes it: an IPv6 address in brackets, {@code localhost} when the URL names none.
     */
    public String jdbcHost() {
        if (host == null) {
            return "localhost";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** A copy with another database. */
    public URL withDatabase(String newDatabase) {
        return new URL(drivername, username, password, host, port, newDatabase, query);
    }

    /** A copy with one more query option. */
    public URL withQuery(String key, String value) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(key, value);
        return new URL(drivername, username, password, host, port, database, q);
    }

    /** The URL as a string; the password is shown as {@code ***} when {@code hidePassword}. */
    public String render(boolean hidePassword) {
        StringBuilder sb = new StringBuilder(drivername).append("://");
        if (username != null) {
            sb.append(encode(username));
            if (password != null) {
                sb.append(':').append(hidePassword ? "***" : encode(password));
            }
            sb.append('@');
        }
        if (host != null) {
            sb.append(host.contains(":") ? "[" + host + "]" : host);
        }
        if (port != null) {
            sb.append(':').append(port);
        }
        if (database != null) {
            sb.append('/').append(database.startsWith(":") ? database : encode(database).replace("%2F", "/"));
        }
        if (!query.isEmpty()) {
            StringBuilder qs = new StringBuilder();
            query.forEach((k, v) -> qs.append(qs.length() == 0 ? "?" : "&").append(encode(k)).append('=').append(encode(v)));
            sb.append(qs);
        }
        return sb.toString();
    }

    /** The URL with its password masked, safe for logs. */
    @Override public String toString() {
        return render(true);
    }
}
