package org.jalchemy.schema;

import java.util.List;

/** CHECK (sql): {@code CheckConstraint.of("length(email) > 3", "ck_email_len")}. The SQL is used verbatim. */
public final class CheckConstraint extends Constraint {
    private final String sqlText;

    private CheckConstraint(String sqlText, String name) {
        super(name, List.of());
        this.sqlText = sqlText;
    }

    /** A check constraint with its SQL condition and name (name may be null). */
    public static CheckConstraint of(String sqlText, String name) {
        return new CheckConstraint(sqlText, name);
    }

    /** An unnamed check constraint. */
    public static CheckConstraint of(String sqlText) {
        return new CheckConstraint(sqlText, null);
    }

    /** The condition as SQL text. */
    public String sqlText() { return sqlText; }

    @Override public void attachTo(Table t) {
        super.attachTo(t);
        t.addConstraint(this);
    }

    @Override String describe() { return "(" + sqlText + ")"; }

    @Override public String conventionKey() { return "ck"; }
}
