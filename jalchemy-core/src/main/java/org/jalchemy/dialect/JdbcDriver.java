package org.jalchemy.dialect;

/**
 * A JDBC driver a dialect can use, as a URL names it after {@code +} ({@code postgresql+pgjdbc://...}).
 *
 * @param name the name in URLs, e.g. {@code pgjdbc}
 * @param className the {@link java.sql.Driver} class, e.g. {@code org.postgresql.Driver}
 * @param coordinates the Maven {@code groupId:artifactId} that provides it, e.g. {@code org.postgresql:postgresql}
 */
public record JdbcDriver(String name, String className, String coordinates) {
    /** The group id of {@link #coordinates()}. */
    public String groupId() {
        return coordinates.substring(0, coordinates.indexOf(':'));
    }

    /** The artifact id of {@link #coordinates()}. */
    public String artifactId() {
        return coordinates.substring(coordinates.indexOf(':') + 1);
    }
}
