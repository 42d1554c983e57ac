package io.kefusim.cluster;

import io.kefusim.scenario.ScenarioException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trace files on a cluster. A task never names a path: it names a trace by its file name and
 * SHA-256, and a worker reads it only from the folder it was started with ({@code --traces}),
 * and only if the file there is the client's, byte for byte (so the numbers are the same).
 */
final class Traces {
    private Traces() {}

    /** Hashes by file, kept while the file's size and time are unchanged: a run hashes a trace once. */
    private static final Map<Path, Object[]> HASHES = new ConcurrentHashMap<>();

    /** A trace's name and SHA-256, as a task carries them. */
    record Ref(String name, byte[] sha256) {}

    static Ref of(Path trace) {
        return new Ref(trace.getFileName().toString(), sha256(trace));
    }

    /**
     * The file {@code name} in {@code folder} with hash {@code sha256}; refused unless the name is a
     * plain file name inside the folder and the file is the client's.
     */
    static Path onWorker(Path folder, String name, byte[] sha256) {
        if (folder == null) throw new IllegalStateException("this worker serves no traces: start it with --traces FOLDER holding " + name);
        if (!name.matches("[^/\\\\\\x00]{1,255}") || name.equals(".") || name.equals("..")) {
            throw new IllegalStateException("a trace is named by its file name alone; refused: " + name);
        }
        Path file = folder.resolve(name);
        try {
            if (!file.toRealPath().startsWith(folder.toRealPath()) || !Files.isRegularFile(file)) throw new IOException("not a file inside the folder");
        } catch (IOException e) {
            throw new IllegalStateException("no trace " + name + " in this worker's --traces folder");
        }
        if (!Arrays.equals(sha256(file), sha256)) {
            throw new IllegalStateException("the trace " + name + " in this worker's --traces folder differs from the client's (SHA-256 "
                    + HexFormat.of().formatHex(sha256, 0, 6) + "…): copy the same file to every worker");
        }
        return file;
    }

    private static byte[] sha256(Path file) {
        try {
            Object stamp = List.of(Files.size(file), Files.getLastModifiedTime(file));
            Object[] known = HASHES.get(file.toAbsolutePath());
            if (known != null && known[0].equals(stamp)) return (byte[]) known[1];
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
            byte[] h = md.digest();
            HASHES.put(file.toAbsolutePath(), new Object[]{stamp, h});
            return h;
        } catch (IOException e) {
            throw ScenarioException.unreadable(file.toString(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
