package io.kefusim.cluster;

import io.kefusim.scenario.ScenarioException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Where a worker or client finds the cluster's secret: a file ({@code --secret-file}) or the
 * KEFUSIM_CLUSTER_SECRET environment variable, never the command line, which every user of the
 * machine can read in the process list.
 */
public final class ClusterSecret {
    public static final String ENV = "KEFUSIM_CLUSTER_SECRET";

    private ClusterSecret() {}

    /**
     * The secret ("" for none).
     *
     * @param flag the value of the refused {@code --secret} option, or null
     * @param file the {@code --secret-file}, or null for the environment variable
     */
    public static String read(String flag, Path file) {
        if (flag != null) {
            throw new ScenarioException("--secret", 0, null, "a secret on the command line is shown to every user of the machine by ps; "
                    + "put it in a file readable only by you and give --secret-file FILE, or set " + ENV,
                    "命令行上的密钥会被本机所有用户通过 ps 看到；请把它放进只有你能读的文件并用 --secret-file FILE 指定，或设置 " + ENV);
        }
        if (file == null) {
            String env = System.getenv(ENV);
            return env == null ? "" : env.strip();
        }
        String s;
        try {
            s = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            throw new ScenarioException("--secret-file", 0, file.toString(), "no such file", "文件不存在");
        } catch (IOException e) {
            throw ScenarioException.unreadable(file.toString(), e);
        }
        if (s.isEmpty()) throw new ScenarioException("--secret-file", 0, file.toString(), "the file is empty: write the secret in it", "文件为空：请在其中写入密钥");
        return s;
    }

    /** A warning line when others on the machine may read the secret file, else null. */
    public static String looseWarning(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                return "warning: --secret-file " + file + " can be read by other users of this machine; chmod 600 it"
                        + " / 警告：本机其他用户可读取密钥文件，请执行 chmod 600";
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: nothing to say
        }
        return null;
    }
}
