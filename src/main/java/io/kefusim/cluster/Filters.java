package io.kefusim.cluster;

import com.hazelcast.config.JavaSerializationFilterConfig;

import java.io.ObjectInputFilter;

/**
 * What Java deserialization may build, on every member and client. Hazelcast deserializes a
 * submitted task before any kefusim code sees it, so without a list anyone who reaches the port
 * can make a member build any class on the class path: a gadget chain, or nested sets whose
 * hashing takes minutes. kefusim's tasks are a class holding bytes; nothing else of ours travels
 * by Java serialization.
 */
final class Filters {
    private Filters() {}

    /**
     * Hazelcast's filter: kefusim's two task classes, byte arrays, Hazelcast's own classes, the
     * exceptions a failed task sends back (java.lang and a few more), and nothing else; Hazelcast's
     * defaults (all of java.*) are off, since they admit HashSet, HashMap and the like.
     */
    static JavaSerializationFilterConfig hazelcast() {
        JavaSerializationFilterConfig f = new JavaSerializationFilterConfig().setDefaultsDisabled(true);
        f.getWhitelist()
                .addClasses(ReplicationTask.class.getName(), ProofTask.class.getName(), "[B",
                        "[Ljava.lang.StackTraceElement;", "[Ljava.lang.Throwable;", "java.util.ArrayList", "java.util.Collections$EmptyList",
                        "java.util.Collections$UnmodifiableList", "java.util.Collections$UnmodifiableRandomAccessList",
                        "java.util.Collections$UnmodifiableCollection", "java.util.concurrent.ExecutionException",
                        "java.util.concurrent.CancellationException", "java.util.concurrent.RejectedExecutionException")
                .addPackages("java.lang")
                .addPrefixes("com.hazelcast.");
        return f;
    }

    /**
     * For the replication metrics a client reads from a result, after its HMAC has passed: only
     * kefusim's metrics classes, the HdrHistogram they hold, java.lang and arrays of primitives, at a
     * bounded depth.
     */
    static final ObjectInputFilter METRICS = info -> {
        if (info.depth() > 32 || info.references() > 5_000_000) return ObjectInputFilter.Status.REJECTED;
        Class<?> c = info.serialClass();
        if (c == null) return ObjectInputFilter.Status.UNDECIDED;
        while (c.isArray()) c = c.getComponentType();
        return c.isPrimitive() || c.getName().startsWith("io.kefusim.metrics.") || c.getName().startsWith("org.HdrHistogram.") || c.getPackageName().equals("java.lang")
                ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };
}
