package org.liaisondesk.exchange.model;

import java.util.List;

/**
 * What merging a bundle does (or did), kind by kind: records added, records updated because the bundle's version is
 * newer, and records skipped because the register already holds them (or a newer version).
 */
public record BundlePreview(BundleHeader header, List<KindCount> kinds) {
    /** The counts for one kind of record; {@code kind} is the table name, {@code exchange.kind.<kind>} its label. */
    public record KindCount(String kind, int added, int updated, int skipped) {
        public int total() {
            return added + updated + skipped;
        }
    }

    public BundlePreview {
        kinds = List.copyOf(kinds);
    }

    public int added() {
        return kinds.stream().mapToInt(KindCount::added).sum();
    }

    public int updated() {
        return kinds.stream().mapToInt(KindCount::updated).sum();
    }

    public int skipped() {
        return kinds.stream().mapToInt(KindCount::skipped).sum();
    }

    /** True when committing would write nothing: everything is already in the register. */
    public boolean changesNothing() {
        return added() == 0 && updated() == 0;
    }

    public KindCount of(String kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst()
                .orElse(new KindCount(kind, 0, 0, 0));
    }
}
