package org.jalchemy.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.NoSuchColumnError;

/** The columns of a result, shared by all its rows: names and source expressions to positions. */
public final class RowMetadata {
    private static final int AMBIGUOUS = -1;

    private final List<String> names;
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<Object, Integer> byElement = new HashMap<>();

    private RowMetadata(List<String> names, List<?> elements) {
        this.names = Collections.unmodifiableList(new ArrayList<>(names));
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n != null) {
                byName.merge(n, i, (a, b) -> AMBIGUOUS);
            }
            Object e = elements == null || i >= elements.size() ? null : elements.get(i);
            if (e != null) {
                byElement.putIfAbsent(e, i);
                if (e instanceof org.jalchemy.sql.Label<?> l) {
                    byElement.putIfAbsent(l.element(), i);
                }
            }
        }
    }

    /** Metadata for columns with these names and source expressions (either list may hold nulls). */
    public static RowMetadata ofNames(List<String> names, List<?> elements) {
        return new RowMetadata(names, elements);
    }

    /** The column names in order (null for an unnamed expression). */
    public List<String> names() { return names; }

    /** The number of columns. */
    public int size() { return names.size(); }

    /**
     * The position of the column called {@code name}.
     *
     * @throws NoSuchColumnError when there is none; InvalidRequestError when several columns have that name
     */
    public int indexOf(String name) {
        Integer i = byName.get(name);
        if (i == null) {
            throw new NoSuchColumnError("No column '" + name + "' in row; columns are " + names);
        }
        if (i == AMBIGUOUS) {
            throw new InvalidRequestError("Ambiguous column name '" + name + "' in row; columns are " + names
                    + ". Read it by position or by column object, or label it");
        }
        return i;
    }

    /** The position of the column selected as {@code element}, or -1. */
    public int indexOfElement(Object element) {
        Integer i = byElement.get(element);
        return i == null ? -1 : i;
    }
}
