package io.kefusim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import io.kefusim.scenario.ScenarioException;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's results folder, written all-or-nothing. Files go into a hidden staging folder
 * beside the final one; {@link #commit()} renames it to {@code <base>/<name>/<run-id>},
 * choosing a run id no earlier run has used, so a previous run is never overwritten. If the
 * run fails, {@link #discard()} removes the staging folder and nothing half-written is left.
 */
public final class RunFolder {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Path parent;
    private final Path staging;
    private final Path firstCreated; // the outermost folder this run created, removed again on failure
    private Path committed;

    /** The staging folder's owner file: the pid and start time of the process writing it. */
    static final String OWNER = ".owner";
    private final Thread onInterrupt;

    /**
     * Writes the owner file. On a thread of its own: asking the system for this process's start
     * time costs a cold JVM about 10 ms, and nothing waits for the file but {@link #commit} and
     * {@link #discard} (another run leaves a staging folder without one alone for a minute).
     */
    private final Thread ownerWriter;

    private RunFolder(Path parent, Path staging, Path firstCreated) {
        this.parent = parent;
        this.staging = staging;
        this.firstCreated = firstCreated;
        this.ownerWriter = new Thread(() -> {
            try {
                writeOwner(staging);
            } catch (IOException | RuntimeException ignored) {
                // without it the folder is still left alone for a minute, and then taken for abandoned
            }
        }, "kefusim-staging-owner");
        ownerWriter.setDaemon(true);
        ownerWriter.start();
        // Ctrl-C or SIGTERM: the JVM runs shutdown hooks, and a run that did not finish leaves nothing
        this.onInterrupt = new Thread(this::discard, "kefusim-discard-staging");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /** Waits for the owner file to be written (or given up), so that nothing writes into the folder while it moves or goes. */
    private void ownerWritten() {
        boolean interrupted = false;
        while (true) {
            try {
                ownerWriter.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /**
     * Removes staging folders that runs killed outright (SIGKILL, power loss) left behind. A
     * staging folder is another live run's while the process named in its owner file (pid and
     * start time, so a recycled pid does not count) is running; one with no owner file older
     * than a minute (its owner died before writing it) or a dead owner is removed.
     */
    static void cleanAbandoned(Path parent) {
        try (Stream<Path> list = Files.list(parent)) {
            for (Path p : list.filter(x -> x.getFileName().toString().startsWith(".partial-")).toList()) {
                if (ownerAlive(p)) continue;
                try {
                    deleteTree(p);
                } catch (IOException ignored) {
                    // best effort; the next run tries again
                }
            }
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    private static boolean ownerAlive(Path staging) {
        Path owner = staging.resolve(OWNER);
        try {
            if (!Files.exists(owner)) {
                return Files.getLastModifiedTime(staging).toMillis() > System.currentTimeMillis() - 60_000;
            }
            String[] f = Files.readString(owner).trim().split("\\s+");
            long pid = Long.parseLong(f[0]);
            java.util.Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) return false;
            String started = h.get().info().startInstant().map(Object::toString).orElse("?");
            return f.length < 2 || f[1].equals(started) || started.equals("?");
        } catch (IOException | RuntimeException e) {
            // unreadable: leave it to its owner, unless it has been so for a minute
            try {
                return Files.getLastModifiedTime(owner).toMillis() > System.currentTimeMillis() - 60_000;
            } catch (IOException gone) {
                return true;
            }
        }
    }

    /** Written whole or not at all (a temporary file moved into place), so a reader never sees half of it. */
    private static void writeOwner(Path staging) throws IOException {
        ProcessHandle me = ProcessHandle.current();
        Path tmp = staging.resolve(OWNER + ".tmp");
        Files.writeString(tmp, me.pid() + " " + me.info().startInstant().map(Object::toString).orElse("?") + "\n");
        Files.move(tmp, staging.resolve(OWNER), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Refuses (exit 2, naming {@code --out}) a results folder {@code base/name} that cannot be
     * made: a file on its path, or a read-only folder where it would go. Commands that compute
     * before they write ask first, so a long sweep does not end in this refusal.
     */
    public static void check(Path base, String name) {
        Path existing = base.resolve(name).toAbsolutePath();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing != null && !Files.isDirectory(existing)) {
            throw badOut(base, "'" + existing + "' is a file, not a folder", "'" + existing + "' 是文件，不是文件夹");
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw badOut(base, "the folder '" + existing + "' is read-only", "文件夹 '" + existing + "' 是只读的");
        }
    }

    public static RunFolder create(Path base, String scenarioName) {
        check(base, scenarioName);
        Path parent = base.resolve(scenarioName).toAbsolutePath();
        Path firstCreated = null;
        for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) firstCreated = p;
        try {
            Files.createDirectories(parent);
            cleanAbandoned(parent);
            return new RunFolder(parent, newStaging(parent), firstCreated);
        } catch (IOException e) {
            // the system refuses (a read-only or special file system such as /proc, a full disk): its reason, as bad input
            String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : null;
            throw badOut(base, "cannot create a folder in '" + base + "' (" + (why == null ? "the system refused" : why) + ")",
                    "无法在 '" + base + "' 中创建文件夹（" + (why == null ? "系统拒绝" : why) + "）");
        }
    }

    /** Where results cannot go: one line naming {@code --out}, exit 2. */
    private static ScenarioException badOut(Path base, String why, String whyZh) {
        return new ScenarioException("--out", 0, null, why + "; allowed: a folder kefusim can create or write in",
                whyZh + "；允许：kefusim 能创建或写入的文件夹");
    }

    /**
     * A new staging folder, readable by its owner only (as a temporary folder is), named by the
     * clock (its owner file says whose it is). Not by {@link Files#createTempDirectory}: its random names come from
     * SecureRandom, whose first use costs a cold JVM 10–20 ms of setting up security providers.
     * Creating a folder is atomic: a name already taken (another run's, or a dead run's) fails and is passed over.
     */
    private static Path newStaging(Path parent) throws IOException {
        FileAttribute<?>[] ownerOnly = parent.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        long n = System.nanoTime();
        for (int tries = 0; ; tries++) {
            try {
                return Files.createDirectory(parent.resolve(".partial-" + Long.toString(n + tries & 0xffffffffffL, 36)), ownerOnly);
            } catch (FileAlreadyExistsException e) {
                if (tries == 1000) throw e;
            }
        }
    }

    /** Writes files into a staging folder and commits it; nothing is left if writing fails. */
    public interface Writer {
        void write(Path dir) throws IOException;
    }

    /** A results folder written in one go, for commands that compute first and write after. */
    public static Path write(Path base, String name, Writer writer) throws IOException {
        RunFolder folder = create(base, name);
        try {
            writer.write(folder.dir());
            return folder.commit();
        } finally {
            folder.discard();
        }
    }

    /** Where to write files before commit. */
    public Path dir() {
        return committed != null ? committed : staging;
    }

    /** Moves the staging folder to a fresh run id and returns its path. */
    public Path commit() {
        ownerWritten();
        String id = LocalDateTime.now().format(ID);
        for (int n = 1; ; n++) {
            Path target = parent.resolve(n == 1 ? id : id + "-" + n);
            if (Files.exists(target)) continue;
            try {
                Files.deleteIfExists(staging.resolve(OWNER));
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                committed = target;
                removeHook();
                pointLatest(parent, target);
                return target;
            } catch (FileAlreadyExistsException e) {
                // taken meanwhile by another run: try the next id
            } catch (AtomicMoveNotSupportedException e) {
                throw new UncheckedIOException("cannot rename " + staging + " to " + target, e);
            } catch (IOException e) {
                if (Files.exists(target)) continue;
                throw new UncheckedIOException("cannot rename " + staging + " to " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** The name of the pointer to a scenario's newest run: {@code results/<name>/latest}. */
    public static final String LATEST = "latest";

    /**
     * Points {@code <parent>/latest} at the run just committed: a relative symbolic link, replaced
     * in one rename so a reader never finds it missing. Where the file system makes no symbolic
     * links (some Windows set-ups), {@code latest} is a small text file holding the run id instead.
     * Best effort: the run's results are committed whatever happens here.
     */
    static void pointLatest(Path parent, Path run) {
        Path latest = parent.resolve(LATEST);
        Path tmp = parent.resolve(".latest-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            try {
                Files.createSymbolicLink(tmp, run.getFileName());
            } catch (UnsupportedOperationException | IOException e) {
                Files.writeString(tmp, run.getFileName() + System.lineSeparator());
            }
            if (Files.isDirectory(latest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return; // a real folder of the user's: left alone
            Files.move(tmp, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // no pointer this time; the run itself is there
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // left for the next run's clean-up to ignore
            }
        }
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook is running or has run
        }
    }

    public synchronized void discard() {
        if (Thread.currentThread() != onInterrupt) removeHook();
        if (committed != null) return;
        ownerWritten();
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // best effort: a leftover hidden .partial- folder is not a result
        }
        if (firstCreated == null) return;
        // Remove the folders this run created, innermost first, as long as they are empty.
        for (Path p = parent; p != null && p.startsWith(firstCreated); p = p.getParent()) {
            try (Stream<Path> left = Files.list(p)) {
                if (left.findAny().isPresent()) return;
            } catch (IOException e) {
                return;
            }
            try {
                Files.delete(p);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Deletes a folder and everything in it, innermost first; a file that cannot be deleted stays. */
    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
