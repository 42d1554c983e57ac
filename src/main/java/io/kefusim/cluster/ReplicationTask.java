package io.kefusim.cluster;

import io.kefusim.metrics.ReplicationMetrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * One replication of a scenario, run on a worker. What travels is sealed bytes only (see
 * {@link ClusterKey}): inside, the kefusim version, the replication index, the resolved YAML
 * (every default filled in, the file {@code kefusim run} writes as scenario.yaml) and, for a
 * trace, its file name and SHA-256. The replication index fixes the random streams, so the
 * result is the one a local run gives. The answer is the metrics, sealed under the task's id.
 */
public final class ReplicationTask implements Callable<byte[]>, Serializable {
    private static final long serialVersionUID = 2L;
    private final byte[] sealed;

    private ReplicationTask(byte[] sealed) { this.sealed = sealed; }

    /** The task a client sends: replication {@code r} of {@code yaml}, sealed under {@code id}. */
    static ReplicationTask of(ClusterKey key, byte[] id, String yaml, Traces.Ref trace, int r) {
        Wire.Out w = new Wire.Out().str(Worker.version()).i32(r).str(yaml);
        w.str(trace == null ? "" : trace.name()).bytes(trace == null ? new byte[0] : trace.sha256());
        return new ReplicationTask(key.seal(ClusterKey.Kind.TASK, id, w.done()));
    }

    /** What a task asks, once opened on a worker. */
    record Work(String version, int replication, String yaml, String traceName, byte[] traceSha256) {
        static Work read(byte[] plain) {
            Wire.In in = new Wire.In(plain);
            Work w = new Work(in.str(), in.i32(), in.str(), in.str(), in.bytes());
            in.end();
            return w;
        }
    }

    @Override
    public byte[] call() {
        return Worker.run(sealed);
    }

    /** A result's plain text: replication index, the member that ran it, the metrics. */
    static byte[] result(int replication, String member, ReplicationMetrics m) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(b)) {
            o.writeObject(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Wire.Out().i32(replication).str(member).bytes(b.toByteArray()).done();
    }
}
