package io.kefusim.scenario;

import java.util.List;
import java.util.Map;

/**
 * The distributions a scenario may leave out, in one place. The loader fills them in; and
 * {@code --set}/{@code --vary} of one field inside a left-out distribution
 * ({@code agents[0].reply_time.mean=60s}) starts from the default, so the other fields keep
 * their default values instead of being missing.
 */
final class DefaultDistributions {
    static final DistSpec PATIENCE = DistSpec.exponential(180);
    static final DistSpec MESSAGES = DistSpec.geometric(6);
    static final DistSpec THINK_TIME = DistSpec.lognormal(60, 40);
    static final DistSpec REPLY_TIME = DistSpec.lognormal(30, 20);
    static final DistSpec WRAP_UP = DistSpec.constant(0);

    private DefaultDistributions() {}

    /** A default and whether it holds durations (written with units) or counts. */
    private record Default(DistSpec spec, boolean time) {}

    /** The defaulted distributions of a buyer type ({@code buyers.<type>.KEY}) and of a group ({@code agents[i].KEY}). */
    private static final Map<String, Default> BUYER = Map.of(
            "patience", new Default(PATIENCE, true), "messages", new Default(MESSAGES, false), "think_time", new Default(THINK_TIME, true));
    private static final Map<String, Default> GROUP = Map.of(
            "reply_time", new Default(REPLY_TIME, true), "wrap_up", new Default(WRAP_UP, true));

    /**
     * The default distribution at a key path (its segments: names and list indexes) as a tree
     * in file syntax, or null if no distribution with a default lives there.
     */
    static Node tree(List<Object> segments, String origin, String path) {
        Default d = find(segments);
        if (d == null) return null;
        Node n = Node.map(origin, 0, path);
        for (Map.Entry<String, Object> e : d.spec().describe(d.time()).entrySet()) {
            String childPath = Node.childPath(path, e.getKey());
            n.put(e.getKey(), Node.scalar(origin, 0, childPath, String.valueOf(e.getValue())));
        }
        return n;
    }

    private static Default find(List<Object> s) {
        if (s.size() != 3 || !(s.get(2) instanceof String key)) return null;
        if (s.get(0).equals("buyers") && s.get(1) instanceof String) return BUYER.get(key);
        if (s.get(0).equals("agents") && s.get(1) instanceof Integer) return GROUP.get(key);
        return null;
    }
}
