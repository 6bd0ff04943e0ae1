package org.jalchemy.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Resolving revision identifiers and planning upgrades over branches, merges and dependencies. */
class RevisionGraphTest {
    static final class Noop implements Migration {
        @Override public void upgrade(Operations op) { }

        @Override public void downgrade(Operations op) { }
    }

    private static RevisionInfo rev(String id, List<String> down, List<String> labels, List<String> dependsOn) {
        return new RevisionInfo(id, down, id, labels, dependsOn, Noop.class, null);
    }

    /** a1 -> b1 -> c1 (main); a1 -> d1 (feature, depends on b1); e1 merges c1 and d1. */
    private static RevisionGraph graph() {
        return new RevisionGraph(List.of(
                rev("a1aa", List.of(), List.of(), List.of()),
                rev("b1bb", List.of("a1aa"), List.of(), List.of()),
                rev("c1cc", List.of("b1bb"), List.of("main"), List.of()),
                rev("d1dd", List.of("a1aa"), List.of("feature"), List.of("b1bb")),
                rev("e1ee", List.of("c1cc", "d1dd"), List.of(), List.of())));
    }

    @Test
    void identifiers() {
        RevisionGraph g = graph();
        assertThat(g.resolve("head")).containsExactly("e1ee");
        assertThat(g.resolve("base")).isEmpty();
        assertThat(g.resolve("c1")).containsExactly("c1cc");
        assertThat(g.resolve("feature")).containsExactly("d1dd");
        assertThat(g.resolve("b1bb+1")).containsExactly("c1cc");
        assertThat(g.resolve("c1cc-2")).containsExactly("a1aa");
        assertThat(g.resolve("main@head")).containsExactly("e1ee");
        assertThatThrownBy(() -> g.resolve("a1aa+2")).isInstanceOf(MigrationError.class)
                .hasMessageContaining("a1aa").hasMessageContaining("[b1bb, d1dd]");
        assertThatThrownBy(() -> g.resolve("e1ee-1")).isInstanceOf(MigrationError.class).hasMessageContaining("merges");
    }

    @Test
    void dependsOnOrdersTheUpgrade() {
        Migrator m = new Migrator(graph(), new VersionTable(null), null);
        assertThat(m.upgradePlan(Set.of(), "feature")).extracting(s -> s.revision().id())
                .containsExactly("a1aa", "b1bb", "d1dd");
        assertThat(m.upgradePlan(Set.of("b1bb"), "head")).extracting(s -> s.revision().id())
                .containsExactly("c1cc", "d1dd", "e1ee");
        assertThat(m.downgradePlan(Set.of("e1ee"), "a1aa")).extracting(s -> s.revision().id())
                .containsExactly("e1ee", "d1dd", "c1cc", "b1bb");
    }

    @Test
    void severalHeadsNeedAChoice() {
        RevisionGraph g = new RevisionGraph(List.of(rev("a1", List.of(), List.of(), List.of()),
                rev("b1", List.of("a1"), List.of(), List.of()), rev("c1", List.of("a1"), List.of(), List.of())));
        assertThatThrownBy(() -> g.resolve("head")).isInstanceOf(MigrationError.class)
                .hasMessageContaining("Multiple heads [b1, c1]").hasMessageContaining("merge");
        assertThat(g.resolve("heads")).containsExactly("b1", "c1");
        assertThatThrownBy(() -> g.resolve("1")).isInstanceOf(MigrationError.class).hasMessageContaining("No revision");
    }

    @Test
    void badGraphs() {
        assertThatThrownBy(() -> new RevisionGraph(List.of(rev("a1", List.of("zz"), List.of(), List.of()))))
                .isInstanceOf(MigrationError.class).hasMessageContaining("follows unknown revision 'zz'");
        assertThatThrownBy(() -> new RevisionGraph(List.of(rev("a1", List.of(), List.of(), List.of()),
                rev("a1", List.of(), List.of(), List.of())))).isInstanceOf(MigrationError.class)
                .hasMessageContaining("Two revisions have the id 'a1'");
        RevisionGraph prefixes = new RevisionGraph(List.of(rev("ab1", List.of(), List.of(), List.of()),
                rev("ab2", List.of("ab1"), List.of(), List.of())));
        assertThatThrownBy(() -> prefixes.resolve("ab")).isInstanceOf(MigrationError.class)
                .hasMessageContaining("ambiguous").hasMessageContaining("[ab1, ab2]");
    }
}
