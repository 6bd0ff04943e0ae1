package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalchemy.exc.ArgumentError;

/**
 * Templates that name constraints and indexes left unnamed, as SQLAlchemy's {@code naming_convention}:
 * <pre>{@code
 * new MetaData(NamingConvention.of(Map.of(
 *         "ix", "ix_%(column_0_label)s",
 *         "uq", "uq_%(table_name)s_%(column_0_name)s",
 *         "ck", "ck_%(table_name)s_%(constraint_name)s",
 *         "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
 *         "pk", "pk_%(table_name)s")));
 * }</pre>
 * Keys: {@code ix} (index), {@code uq}, {@code ck}, {@code fk}, {@code pk}. Tokens: {@code table_name},
 * {@code constraint_name}, {@code column_0_name}, {@code column_0_label} ({@code table_column}),
 * {@code column_0N_name} (all columns, joined), {@code column_0_N_name} (joined by {@code _}), the same two
 * for {@code _label}, {@code referred_table_name}, {@code referred_column_0_name}. A template containing
 * {@code constraint_name} also applies to explicitly named constraints (the name becomes the token);
 * otherwise explicit names are kept.
 */
public final class NamingConvention {
    private static final Pattern TOKEN = Pattern.compile("%\\(([a-zA-Z0-9_]+)\\)s");
    private static final List<String> KEYS = List.of("ix", "uq", "ck", "fk", "pk");

    /** The default: indexes are {@code ix_<table>_<column>}; other constraints are named by the database. */
    public static final NamingConvention DEFAULT = new NamingConvention(Map.of("ix", "ix_%(column_0_label)s"));

    private final Map<String, String> templates;

    private NamingConvention(Map<String, String> templates) {
        for (Map.Entry<String, String> e : templates.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw new ArgumentError("Naming convention key '" + e.getKey() + "' is not one of " + KEYS);
            }
            Matcher m = TOKEN.matcher(e.getValue());
            while (m.find()) {
                if (!knownToken(m.group(1))) {
                    throw new ArgumentError("Naming convention '" + e.getKey() + "' = '" + e.getValue()
                            + "' uses unknown token '" + m.group(1) + "'");
                }
            }
        }
        this.templates = Map.copyOf(templates);
    }

    /** A convention from {@code key -> template}; keys are ix, uq, ck, fk, pk. */
    public static NamingConvention of(Map<String, String> templates) {
        return new NamingConvention(templates);
    }

    /** This convention with {@code key} set (or replaced), e.g. {@code DEFAULT.with("uq", "uq_%(table_name)s_%(column_0_name)s")}. */
    public NamingConvention with(String key, String template) {
        Map<String, String> copy = new LinkedHashMap<>(templates);
        copy.put(key, template);
        return new NamingConvention(copy);
    }

    /** The templates by key. */
    public Map<String, String> templates() { return templates; }

    /**
     * The DDL name for constraint {@code c} (template by its {@link Constraint#conventionKey()}): the explicit name, or the
     * template applied, or null when neither applies (the database then picks a name).
     */
    public String constraintName(Constraint c) {
        String key = c.conventionKey();
        String template = templates.get(key);
        if (template == null || (c.name() != null && !template.contains("%(constraint_name)s"))) {
            return c.name();
        }
        Table t = c.table();
        if (template.contains("%(constraint_name)s") && c.name() == null) {
            throw new ArgumentError("Naming convention '" + key + "' = '" + template + "' needs %(constraint_name)s, "
                    + "so the " + c.getClass().getSimpleName() + " on table '" + (t == null ? "?" : t.name())
                    + "' " + describe(c) + " must be given a name");
        }
        return render(template, t.name(), c.name(), c.columnNames(), c.referredTableForNaming(), c.referredColumnForNaming());
    }

    /** The DDL name for {@code index}: its own, or the {@code ix} template applied. */
    public String indexName(Index index) {
        String template = templates.get("ix");
        if (template == null || (index.name() != null && !template.contains("%(constraint_name)s"))) {
            if (index.name() == null) {
                throw new ArgumentError("Index on table '" + index.table().name() + "' " + index.columnNames()
                        + " has no name and the naming convention has no 'ix' template");
            }
            return index.name();
        }
        if (template.contains("%(constraint_name)s") && index.name() == null) {
            throw new ArgumentError("Naming convention 'ix' = '" + template + "' needs %(constraint_name)s, so the index on '"
                    + index.table().name() + "' " + index.columnNames() + " must be given a name");
        }
        return render(template, index.table().name(), index.name(), index.columnNames(), null, null);
    }

    private static String describe(Constraint c) {
        return c.describe();
    }

    private static boolean knownToken(String token) {
        return switch (token) {
            case "table_name", "constraint_name", "referred_table_name", "referred_column_0_name",
                    "column_0_name", "column_0_label", "column_0N_name", "column_0_N_name",
                    "column_0N_label", "column_0_N_label" -> true;
            default -> false;
        };
    }

    private static String render(String template, String table, String name, List<String> columns,
                                 String referredTable, String referredColumn) {
        List<String> labels = new ArrayList<>();
        for (String col : columns) {
            labels.add(table + "_" + col);
        }
        Matcher m = TOKEN.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value = switch (token) {
                case "table_name" -> table;
                case "constraint_name" -> name;
                case "referred_table_name" -> referredTable;
                case "referred_column_0_name" -> referredColumn;
                case "column_0_name" -> columns.isEmpty() ? null : columns.get(0);
                case "column_0_label" -> labels.isEmpty() ? null : labels.get(0);
                case "column_0N_name" -> String.join("", columns);
                case "column_0_N_name" -> String.join("_", columns);
                case "column_0N_label" -> String.join("", labels);
                case "column_0_N_label" -> String.join("_", labels);
                default -> null;
            };
            if (value == null) {
                throw new ArgumentError("Naming convention token '" + token + "' in '" + template
                        + "' has no value for table '" + table + "' " + columns);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
