package io.kefusim.testing;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

/**
 * One headless Debian Chromium for the whole test JVM, driven through Debian's chromedriver, for
 * the tests that open kefusim's pages. Starting a browser costs a few seconds; the page tests used
 * to start two per page (one to read the DOM, one for a screenshot), most of the suite's time.
 * Every console message of a page (console.log included, uncaught errors, failed loads) is read
 * from the browser's log, which is emptied by each read, so a page's messages are its own.
 * Callers are serialised: one page at a time.
 */
public final class Chromium {
    public static final Path BROWSER = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");
    /** What a test says when it cannot run: loud, and it names the missing packages. */
    public static final String MISSING = "BROWSER TEST NOT RUN: Debian's chromium and chromium-driver are needed "
            + "(/usr/bin/chromium, /usr/bin/chromedriver; .ci/run installs them)";

    private static ChromeDriver driver;

    private Chromium() {}

    public static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** A page as the browser left it once loaded: its DOM, and the console messages it gave. */
    public record Page(String dom, List<String> console) {}

    /** Opens a file (or any URL) and returns its DOM and console messages. */
    public static synchronized Page open(String url) throws IOException {
        ChromeDriver d = driver();
        d.manage().logs().get(LogType.BROWSER); // what an earlier page left is not this page's
        d.get(url);
        String dom = d.getPageSource();
        List<String> console = d.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
        return new Page(dom, console);
    }

    /** Opens a page at the given window size and saves a screenshot of it as a PNG. */
    public static synchronized Page screenshot(String url, int width, int height, Path png) throws IOException {
        ChromeDriver d = driver();
        d.manage().window().setSize(new Dimension(width, height));
        Page page = open(url);
        Files.write(png, d.getScreenshotAs(OutputType.BYTES));
        return page;
    }

    private static ChromeDriver driver() throws IOException {
        if (driver == null) {
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            Path profile = Files.createTempDirectory("kefusim-chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1200,2400", "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            driver = new ChromeDriver(service, options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.quit();
                deleteQuietly(profile);
            }));
        }
        return driver;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
