package org.jalchemy.migrate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The revisions of a script directory as a graph: heads, ancestors, descendants, and resolving what a user types
 * ({@code head}, {@code heads}, {@code base}, an id or unique prefix, a branch label, {@code label@head},
 * {@code rev+N}) to revision ids.
 */
public final class RevisionGraph {
    private final Map<String, RevisionInfo> revisions = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    /** Builds the graph; a duplicate id or a link to an unknown revision is a {@link MigrationError}. */
    public RevisionGraph(Collection<RevisionInfo> all) {
        for (RevisionInfo r : all) {
            RevisionInfo old = revisions.put(r.id(), r);
            if (old != null) {
                throw new MigrationError("Two revisions have the id '" + r.id() + "': " + where(old) + " and " + where(r));
            }
            children.put(r.id(), new ArrayList<>());
        }
        for (RevisionInfo r : revisions.values()) {
            for (String down : r.downRevisions()) {
                if (!revisions.containsKey(down)) {
                    throw new MigrationError("Revision " + r.id() + " (" + where(r) + ") follows unknown revision '" + down + "'");
                }
                children.get(down).add(r.id());
            }
            for (String dep : r.dependsOn()) {
                if (!revisions.containsKey(dep)) {
                    throw new MigrationError("Revision " + r.id() + " depends on unknown revision '" + dep + "'");
                }
            }
        }
    }

    private static String where(RevisionInfo r) {
        return r.source() != null ? r.source().toString() : r.migrationClass().getName();
    }

    /** Every revision, in the order given. */
    public Collection<RevisionInfo> all() {
        return revisions.values();
    }

    /** The revision with exactly this id. */
    public RevisionInfo get(String id) {
        RevisionInfo r = revisions.get(id);
        if (r == null) {
            throw new MigrationError("No revision '" + id + "'");
        }
        return r;
    }

    /** Whether a revision with exactly this id exists. */
    public boolean contains(String id) {
        return revisions.containsKey(id);
    }

    /** The revisions that directly follow {@code id}. */
    public List<String> children(String id) {
        return List.copyOf(children.get(id));
    }

    /** The revisions no other revision follows, sorted by id. */
    public List<String> heads() {
        List<String> heads = new ArrayList<>();
        for (var e : children.entrySet()) {
            if (e.getValue().isEmpty()) {
                heads.add(e.getKey());
            }
        }
        heads.sort(null);
        return heads;
    }

    /** The revisions that follow base (no down revision). */
    public List<String> bases() {
        List<String> out = new ArrayList<>();
        for (RevisionInfo r : revisions.values()) {
            if (r.downRevisions().isEmpty()) {
                out.add(r.id());
            }
        }
        return out;
    }

    /** {@code ids} and everything they follow or depend on. */
    public Set<String> ancestors(Collection<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (out.add(id)) {
                RevisionInfo r = get(id);
                todo.addAll(r.downRevisions());
                todo.addAll(r.dependsOn());
            }
        }
        return out;
    }

    /** {@code id} and every revision that follows it, directly or not. */
    public Set<String> descendants(String id) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String cur = todo.pop();
            if (out.add(cur)) {
                todo.addAll(children.get(cur));
                for (RevisionInfo r : revisions.values()) {
                    if (r.dependsOn().contains(cur)) {
                        todo.add(r.id());
                    }
                }
            }
        }
        return out;
    }

    /** The maximal elements of an applied set: what the version table records. */
    public Set<String> maximal(Set<String> applied) {
        Set<String> out = new TreeSet<>(applied);
        for (String id : applied) {
            Set<String> below = ancestors(List.of(id));
            below.remove(id);
            out.removeAll(below);
        }
        return out;
    }

    /** {@code ids} in an order where every revision comes after what it follows or depends on (ties by id). */
    public List<String> topological(Collection<String> ids) {
        Set<String> wanted = new TreeSet<>(ids);
        List<String> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (out.size() < wanted.size()) {
            boolean progressed = false;
            for (String id : wanted) {
                if (done.contains(id)) {
                    continue;
                }
                RevisionInfo r = get(id);
                boolean ready = true;
                for (String p : concat(r.downRevisions(), r.dependsOn())) {
                    if (wanted.contains(p) && !done.contains(p)) {
                        ready = false;
                    }
                }
                if (ready) {
                    done.add(id);
                    out.add(id);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new MigrationError("The revisions " + wanted + " contain a cycle");
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * Resolves a revision identifier to ids: {@code heads} (all), {@code head} (the one head), {@code base} (none),
     * {@code label@head}, a branch label, a full id or a unique prefix, {@code rev+N} / {@code rev-N}.
     */
    public List<String> resolve(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new MigrationError("A revision is required (an id, head, heads, base, +N, -N, label@head)");
        }
        switch (spec) {
            case "heads":
                return heads();
            case "head":
                return List.of(singleHead(heads(), "head"));
            case "base":
                return List.of();
            default:
                break;
        }
        int at = spec.indexOf('@');
        if (at > 0) {
            String label = spec.substring(0, at);
            String what = spec.substring(at + 1);
            String root = resolveOne(label);
            if (what.equals("head")) {
                List<String> heads = new ArrayList<>(heads());
                heads.retainAll(descendants(root));
                return List.of(singleHead(heads, spec));
            }
            throw new MigrationError("Unsupported revision '" + spec + "': use label@head");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+?)([+-])(\\d+)").matcher(spec);
        if (m.matches()) {
            String start = resolveOne(m.group(1));
            return List.of(walk(start, m.group(2).equals("+") ? Integer.parseInt(m.group(3)) : -Integer.parseInt(m.group(3))));
        }
        return List.of(resolveOne(spec));
    }

    /** Walks {@code steps} revisions up (children) or down (parents) from {@code start}; the path must not fork. */
    public String walk(String start, int steps) {
        String cur = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<String> next = steps > 0 ? children(cur) : get(cur).downRevisions();
            if (next.isEmpty()) {
                throw new MigrationError("Cannot go " + Math.abs(steps) + " step(s) " + (steps > 0 ? "up" : "down")
                        + " from " + start + ": " + cur + " is " + (steps > 0 ? "a head" : "the first revision"));
            }
            if (next.size() > 1) {
                throw new MigrationError("Cannot go " + (steps > 0 ? "up" : "down") + " from " + cur
                        + ": it " + (steps > 0 ? "branches into " : "merges ") + next + "; name the revision instead");
            }
            cur = next.get(0);
        }
        return cur;
    }

    /** One revision: an exact id, a unique id prefix, or a branch label. */
    public String resolveOne(String spec) {
        if (revisions.containsKey(spec)) {
            return spec;
        }
        List<String> labelled = new ArrayList<>();
        for (RevisionInfo r : revisions.values()) {
            if (r.branchLabels().contains(spec)) {
                labelled.add(r.id());
            }
        }
        if (labelled.size() == 1) {
            return labelled.get(0);
        }
        List<String> matches = new ArrayList<>();
        for (String id : revisions.keySet()) {
            if (id.startsWith(spec)) {
                matches.add(id);
            }
        }
        if (matches.isEmpty()) {
            throw new MigrationError("No revision, prefix or branch label '" + spec + "'; heads are " + heads());
        }
        if (matches.size() > 1) {
            throw new MigrationError("Revision prefix '" + spec + "' is ambiguous: it matches " + matches);
        }
        return matches.get(0);
    }

    private static String singleHead(List<String> heads, String spec) {
        if (heads.isEmpty()) {
            throw new MigrationError("There are no revisions, so '" + spec + "' means nothing yet");
        }
        if (heads.size() > 1) {
            throw new MigrationError("Multiple heads " + heads + " for '" + spec
                    + "': merge them (migrate merge heads) or name one (an id or label@head), or use 'heads'");
        }
        return heads.get(0);
    }
}
