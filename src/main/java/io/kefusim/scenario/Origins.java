package io.kefusim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each key of a scenario came from: the file (or {@code --set}, or a variant) and the
 * line, by key path ({@code demand.days[0].date}, {@code roster[2]}). Kept beside the bound
 * scenario so that a warning found later, about the scenario as a whole, can still point at
 * the line a user has to change, as a load error does.
 */
public final class Origins {
    /** For scenarios built in code (a backtest's desk): nothing to point at but the key. */
    public static final Origins NONE = new Origins(Map.of());

    /** One place: file (as given, or the option that set it), line (0 when unknown), key path. */
    public record Origin(String file, int line, String key) {
        @Override
        public String toString() {
            return (file == null ? "" : line > 0 ? file + ":" + line + ": " : file + ": ") + key;
        }
    }

    private record Spot(String file, int line) {}

    /**
     * A {@code --set} a later assignment of the same key (or a key inside it, or containing it)
     * replaced: a variant's {@code set:} or a sweep's {@code --vary}, both applied after {@code --set}.
     *
     * @param set    the {@code --set} as typed, {@code key=value}
     * @param setKey its key, as the tree writes it
     * @param by     {@link Assignment#VARY}, or the variant's name
     * @param key    the replacing key, as the tree writes it (where the warning is placed)
     * @param value  the variant's value as written (null for --vary: each point has its own)
     */
    public record Replaced(String set, String setKey, String by, String key, String value) {
        /** Whether the replacing key is inside the --set's key, so the rest of the --set still holds. */
        public boolean inPart() {
            return Overrides.inside(key, setKey);
        }
    }

    private final Map<String, Spot> spots;
    private final List<Replaced> replaced;
    /** The file's {@code defaults_used}: keys written in it that hold kefusim's defaults, not the user's own values. */
    private final Set<String> defaults;
    /** Where the file itself stands (a key from anywhere else came from an option or a variant). */
    private final String file;
    /** The variant (compare's plan) this scenario is, by name, or null; and the keys its {@code set:} gave, as the tree writes them. */
    private final String variant;
    private final Set<String> variantKeys;

    private Origins(Map<String, Spot> spots) {
        this(spots, List.of(), Set.of(), null, null, Set.of());
    }

    private Origins(Map<String, Spot> spots, List<Replaced> replaced, Set<String> defaults, String file, String variant, Set<String> variantKeys) {
        this.spots = spots;
        this.replaced = List.copyOf(replaced);
        this.defaults = Set.copyOf(defaults);
        this.file = file;
        this.variant = variant;
        this.variantKeys = Set.copyOf(variantKeys);
    }

    /** The same, with the --set assignments later ones replaced. */
    Origins withReplaced(List<Replaced> more) {
        List<Replaced> all = new ArrayList<>(replaced);
        all.addAll(more);
        return new Origins(spots, all, defaults, file, variant, variantKeys);
    }

    /** The same, as the variant {@code name}, whose {@code set:} gave {@code keys} (as the tree writes them). */
    Origins withVariant(String name, Set<String> keys) {
        return new Origins(spots, replaced, defaults, file, name, keys);
    }

    /**
     * The name of the variant whose {@code set:} gave {@code key} (itself, or a key containing it, such as
     * {@code buyers.presale} for {@code buyers.presale.conversion}), or null when the file or an option gave it.
     */
    public String setByVariant(String key) {
        if (variant == null) return null;
        for (String k : variantKeys) if (k.equals(key) || Overrides.inside(key, k)) return variant;
        return null;
    }

    /**
     * The same, with the keys {@code file}'s {@code defaults_used} lists: written there, they still hold
     * kefusim's defaults (a results folder's scenario.yaml writes every default out), so they count as not written
     * unless an option or a variant set them (or a key inside them).
     */
    Origins withDefaults(Set<String> keys, String file) {
        return new Origins(spots, replaced, keys, file, variant, variantKeys);
    }

    /** The {@code --set} assignments a variant's {@code set:} or a {@code --vary} replaced, in the order given. */
    public List<Replaced> replaced() {
        return replaced;
    }

    /** Every key of the tree, with where it was written. */
    static Origins of(Node root) {
        Map<String, Spot> spots = new HashMap<>();
        walk(root, spots);
        return new Origins(spots);
    }

    private static void walk(Node n, Map<String, Spot> spots) {
        if (n.path() != null) spots.put(n.path(), new Spot(n.file(), n.line()));
        if (n.isMap()) for (Node c : n.entries().values()) walk(c, spots);
        if (n.isList()) for (Node c : n.items()) walk(c, spots);
    }

    /**
     * Where {@code key} was written; for a key the file left to its default, the nearest key
     * above it that was written ({@code buyers.complaint.patience} → {@code buyers}), still
     * naming the key asked for.
     */
    public Origin at(String key) {
        for (String k = key; k != null; k = parent(k)) {
            Spot s = spots.get(k);
            if (s != null) return new Origin(s.file(), s.line(), key);
        }
        Spot root = spots.get("");
        return new Origin(root == null ? null : root.file(), 0, key);
    }

    /**
     * Where {@code key} was written, as {@link #at}, except that when a variant's {@code set:} gave a key
     * inside it ({@code demand.pattern.hourly} for {@code demand.pattern}), that key's line: where a variant
     * departs from its file, a warning about the part points at the variant, not at the file's part.
     */
    public Origin atVariantPart(String key) {
        if (variant != null) for (String k : variantKeys) {
            Spot s = Overrides.inside(k, key) ? spots.get(k) : null;
            if (s != null) return new Origin(s.file(), s.line(), key);
        }
        return at(key);
    }

    /** Whether the scenario came from a file (or a tree) at all; one built in code ({@link #NONE}) wrote nothing. */
    public boolean fromFile() {
        return !spots.isEmpty();
    }

    /**
     * Whether the file (or --set) wrote {@code key} itself, not left it to a default: a key the file's
     * {@code defaults_used} lists (or one inside it) is kefusim's default written out, unless an option
     * or a variant set it or a key inside it.
     */
    public boolean written(String key) {
        if (!spots.containsKey(key)) return false;
        if (defaults.isEmpty()) return true;
        boolean listed = false;
        for (String k = key; k != null && !listed; k = parent(k)) listed = defaults.contains(k);
        if (!listed) return true;
        for (Map.Entry<String, Spot> e : spots.entrySet()) {
            if (!java.util.Objects.equals(e.getValue().file(), file) && (e.getKey().equals(key) || Overrides.inside(e.getKey(), key))) return true;
        }
        return false;
    }

    private static String parent(String key) {
        if (key.isEmpty()) return null;
        int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
        return cut <= 0 ? "" : key.substring(0, cut);
    }
}
