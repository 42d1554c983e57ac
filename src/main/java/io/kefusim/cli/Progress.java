package io.kefusim.cli;

import java.util.function.IntConsumer;

/**
 * Replication progress on stderr: a bar redrawn in place on an interactive terminal, shown
 * only once a run has taken more than a second; plain lines when output is piped.
 */
final class Progress implements IntConsumer {
    private final int total;
    private final String title;
    private final io.kefusim.report.Text text;
    private final boolean interactive = System.console() != null;
    private final long start = System.nanoTime();
    private boolean shown;
    private int lastPercentLogged = -1;

    Progress(int total, String title, io.kefusim.report.Text text) {
        this.total = total;
        this.title = title;
        this.text = text;
    }

    @Override
    public synchronized void accept(int done) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (elapsed < 1 && done < total) return;
        int pct = (int) (100L * done / total);
        if (interactive) {
            int width = 30, filled = width * done / total;
            System.err.print("\r" + title + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
            shown = true;
        } else if (pct / 25 != lastPercentLogged / 25 || done == total) {
            if (elapsed >= 1) {
                System.err.println(text.get("labelled", title, done + "/" + total));
                shown = true;
            }
            lastPercentLogged = pct;
        }
    }

    synchronized void finish(String message) {
        if (shown && interactive) System.err.println(" " + message);
        else if (shown) System.err.println(message);
    }
}
