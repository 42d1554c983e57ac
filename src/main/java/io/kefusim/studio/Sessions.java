package io.kefusim.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

/**
 * Each browser tab's own {@link Session}: the page names its tab ({@code ?tab=}, kept for the tab
 * in its sessionStorage, so a reload finds its setting again), and a tab's settings, pin and
 * upload are its own. A new tab starts from the scenario the studio was started with. A request
 * that names no tab (a script, the benchmark) gets the studio's first session. Only the
 * {@link #MAX_TABS} tabs used last keep a session: an older one's runs are stopped, and the tab
 * starts afresh if it comes back.
 */
final class Sessions {
    static final int MAX_TABS = 8;
    private static final Pattern TAB = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final ExecutorService pool;
    private final Path start, out;
    private final RunSaver saver;
    private final Session first;
    private final Map<String, Session> byTab = new LinkedHashMap<>(16, 0.75f, true) { // in order of last use
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            if (size() <= MAX_TABS) return false;
            eldest.getValue().close();
            return true;
        }
    };

    Sessions(ExecutorService pool, Path start, Path out, RunSaver saver) throws IOException {
        this.pool = pool;
        this.start = start;
        this.out = out;
        this.saver = saver;
        this.first = fresh();
    }

    private Session fresh() throws IOException {
        Session s = new Session(pool, out, saver);
        s.open(start);
        return s;
    }

    /**
     * The tab's session (made on its first request), or the first session when {@code tab} names none.
     * A new tab whose starting file no longer opens (edited since the studio started) still gets its
     * session, with nothing on show and the loader's error kept ({@link Session#unopened()}): the page
     * says the line and can open an example or an upload. While it shows nothing, each request tries
     * the starting file again, so a reload after the file is corrected shows it.
     */
    synchronized Session of(String tab) {
        if (tab == null || !TAB.matcher(tab).matches()) return first;
        Session s = byTab.get(tab);
        if (s == null) {
            try {
                s = new Session(pool, out, saver);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byTab.put(tab, s);
            s.openStart(start);
        } else if (s.unopened() != null) {
            s.openStart(start);
        }
        return s;
    }

    synchronized void close() {
        first.close();
        byTab.values().forEach(Session::close);
    }
}
