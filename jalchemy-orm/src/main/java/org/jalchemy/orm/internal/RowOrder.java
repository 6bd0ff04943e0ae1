package org.jalchemy.orm.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import org.jalchemy.orm.exc.CircularDependencyError;

/**
 * Orders the rows of one flush so that each row is written after the rows it must follow (a parent's INSERT before
 * its children's, a child's DELETE before its parent's), keeping the given order wherever the dependencies allow.
 * Tables alone cannot say this when rows of one table point at each other, or tables point at each other.
 */
final class RowOrder {
    /** {@code before} must be written before the row listing it, because of relationship {@code via}. */
    record Dep(Object before, RelationshipProperty via) {
    }

    private RowOrder() {}

    /**
     * {@code items} reordered so that every row comes after its {@code deps}; rows not in {@code items} are ignored.
     *
     * @param verb "INSERT" or "DELETE", for the message
     * @throws CircularDependencyError naming the rows and relationships of a cycle
     */
    static <T> List<T> sort(List<T> items, Function<T, Object> objOf, Map<Object, List<Dep>> deps, String verb) {
        if (deps.isEmpty()) {
            return items;
        }
        int n = items.size();
        Map<Object, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(objOf.apply(items.get(i)), i);
        }
        List<List<Integer>> dependents = new ArrayList<>(n);
        int[] waiting = new int[n];
        boolean ordered = true;
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>(0));
        }
        for (int i = 0; i < n; i++) {
            for (Dep d : deps.getOrDefault(objOf.apply(items.get(i)), List.of())) {
                Integer j = index.get(d.before());
                if (j == null) {
                    continue;
                }
                ordered &= j < i;
                dependents.get(j).add(i);
                waiting[i]++;
            }
        }
        if (ordered) {
            return items;
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] done = new boolean[n];
        List<T> out = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int i = ready.poll();
            done[i] = true;
            out.add(items.get(i));
            for (int k : dependents.get(i)) {
                if (--waiting[k] == 0) {
                    ready.add(k);
                }
            }
        }
        if (out.size() < n) {
            throw cycle(items, objOf, deps, index, done, verb);
        }
        return out;
    }

    /** Follows unfinished dependencies from an unfinished row until one repeats: that loop is the cycle. */
    private static <T> CircularDependencyError cycle(List<T> items, Function<T, Object> objOf, Map<Object, List<Dep>> deps,
                                                     Map<Object, Integer> index, boolean[] done, String verb) {
        int start = 0;
        while (done[start]) {
            start++;
        }
        List<Integer> path = new ArrayList<>();
        List<Dep> via = new ArrayList<>();
        Map<Integer, Integer> seenAt = new HashMap<>();
        int cur = start;
        while (!seenAt.containsKey(cur)) {
            seenAt.put(cur, path.size());
            path.add(cur);
            Dep next = null;
            for (Dep d : deps.getOrDefault(objOf.apply(items.get(cur)), List.of())) {
                Integer j = index.get(d.before());
                if (j != null && !done[j]) {
                    next = d;
                    break;
                }
            }
            via.add(next);
            cur = index.get(next.before());
        }
        int from = seenAt.get(cur);
        StringBuilder chain = new StringBuilder();
        Set<String> relationships = new LinkedHashSet<>();
        for (int i = from; i < path.size(); i++) {
            Object row = objOf.apply(items.get(path.get(i)));
            Dep d = via.get(i);
            if (chain.length() > 0) {
                chain.append(", ");
            }
            chain.append(describe(row)).append(verb.equals("INSERT") ? " needs the key of " : " is referred to by ")
                    .append(d.before() == row ? "itself" : describe(d.before())).append(" (").append(d.via()).append(')');
            relationships.add(d.via().toString());
        }
        String why = verb.equals("INSERT")
                ? "each row needs the other's generated key before its INSERT"
                : "each row is still referred to by the other when its DELETE runs";
        return new CircularDependencyError("Circular dependency between rows to " + verb + ": " + chain + "; " + why
                + ". Mark one of " + relationships + " @Relationship(postUpdate = true): its foreign key is then INSERTed as "
                + "NULL and set by an UPDATE once both rows exist (and set to NULL by an UPDATE before a DELETE)");
    }

    /** The class and key of {@code obj}, or its class and identity for a new object. */
    static String describe(Object obj) {
        InstanceState st = StateRegistry.get(obj);
        String name = obj.getClass().getSimpleName();
        return st != null && st.key != null ? name + st.key.values()
                : name + "@" + Integer.toHexString(System.identityHashCode(obj)) + " (new)";
    }
}
