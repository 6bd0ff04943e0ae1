package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Literal SQL with {@code :name} parameters: {@code text("SELECT * FROM users WHERE id = :id")}.
 * A name may repeat; {@code \:} stands for a literal colon; {@code ::} (PostgreSQL casts) is left alone, also right
 * after a parameter ({@code :id::text} is parameter {@code id} cast to text); a colon after a word character is
 * not a parameter (so {@code '12:30'} is safe);
 * a parameter given a collection expands to {@code (?, ?, ...)}.
 */
public final class TextClause implements Executable {
    private static final Pattern PARAM = Pattern.compile("(?<![:\\w\\\\]):(\\w+)");

    private final String text;
    private final List<String> fragments;
    private final List<String> names;

    /** Parses {@code text} into SQL fragments and parameter names. */
    public TextClause(String text) {
        this.text = text;
        List<String> frags = new ArrayList<>();
        List<String> ns = new ArrayList<>();
        Matcher m = PARAM.matcher(text);
        int last = 0;
        while (m.find()) {
            frags.add(unescape(text.substring(last, m.start())));
            ns.add(m.group(1));
            last = m.end();
        }
        frags.add(unescape(text.substring(last)));
        this.fragments = List.copyOf(frags);
        this.names = List.copyOf(ns);
    }

    private static String unescape(String s) {
        return s.replace("\\:", ":");
    }

    /** The SQL text as written. */
    public String text() { return text; }

    /** The SQL pieces between parameters; one more than {@link #parameterNames()}. */
    public List<String> fragments() { return fragments; }

    /** The parameter names in order of appearance (repeats included). */
    public List<String> parameterNames() { return names; }

    /**
     * This query with declared result columns, matched by position, whose types read the values:
     * {@code text("SELECT id, name FROM users").columns(column("id", INTEGER), column("name", TEXT))}
     * (SQLAlchemy's {@code TextClause.columns}). Table columns may be given too.
     */
    public TextualSelect columns(ColumnElement<?>... columns) {
        return new TextualSelect(this, List.of(columns));
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitText(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("text").add(text); }

    @Override public String toString() { return text; }
}
