package io.kefusim.cluster;

/**
 * A cluster run that cannot finish for a reason that is not bad input, with its own exit code:
 * {@value #LOST} every worker was lost mid-run; {@value #FORGED} a member answered with a result
 * that fails its authentication check. One line in English or Chinese, nothing written.
 */
public final class ClusterException extends RuntimeException {
    public static final int LOST = 4, FORGED = 5;
    private final int exitCode;
    private final String chinese;

    private ClusterException(int exitCode, String message, String chinese) {
        super(message);
        this.exitCode = exitCode;
        this.chinese = chinese;
    }

    static ClusterException lost(int done, int of) {
        return new ClusterException(LOST, "--cluster: every worker was lost mid-run (" + done + " of " + of
                + " replications done); nothing written: start workers and run again",
                "--cluster：运行中所有 worker 都已失去（已完成 " + done + " / " + of + " 次重复）；未写入任何结果：请启动 worker 后重新运行");
    }

    static ClusterException forged(String member, int replication, String why) {
        return new ClusterException(FORGED, "--cluster: the result of replication " + replication + " from member " + member + " " + why
                + "; nothing written: that member does not hold the cluster's secret or something on the way altered its answer",
                "--cluster：成员 " + member + " 返回的第 " + replication + " 次重复的结果未通过认证检查；未写入任何结果：该成员没有集群密钥，或其应答在途中被篡改");
    }

    public int exitCode() { return exitCode; }

    /** The line to print, in Chinese when asked. */
    public String describe(boolean inChinese) { return inChinese ? chinese : getMessage(); }
}
