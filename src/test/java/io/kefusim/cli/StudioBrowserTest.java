package io.kefusim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefusim.studio.Studio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives kefusim studio in Debian's headless Chromium through Debian's chromedriver (Selenium,
 * pointed at /usr/bin so nothing is downloaded): the first picture, a control moved and the
 * figures redrawn for the new setting, bad input answered with the command line's line beside
 * the field, pin and compare, the teacher's first step, the language switch, and Save, whose
 * results folder must equal {@code kefusim run} of the saved file byte for byte (but for the
 * run's clock: run.json's finished_at and wall_seconds, and the workbook's creation time).
 */
class StudioBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CLASSROOM = Path.of("scenarios", "classroom-response-time.yaml");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Studio studio;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "STUDIO BROWSER TEST NOT RUN: Debian's chromium and chromium-driver are needed (/usr/bin/chromium, /usr/bin/chromedriver; .ci/run installs them)");
        studio = Studio.start(CLASSROOM, "127.0.0.1", 0, CLASSROOM.getParent(), dir.resolve("saved"), StudioCommand::runCommand);
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        browser = new ChromeDriver(service, options);
        // the page redraws its cards as replications finish: an element read mid-redraw is read again
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (studio != null) studio.close();
    }

    @Test
    void aClassUsesTheStudioEndToEnd() throws Exception {
        browser.get(studio.url());
        int first = finishedSetting(0);
        WebElement sl = card("totals.service_level");
        assertEquals("94.6%", sl.findElement(By.className("value")).getText(), "the lesson's 4 agents at 30 s (docs/lesson-response-time.md)");
        assertFalse(browser.findElements(By.cssSelector("#chart-sl canvas")).isEmpty(), "ECharts drew the service-level chart");
        assertEquals("classroom-response-time.yaml", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("example"))).getFirstSelectedOption().getAttribute("value"));

        // bad input: the command line's own line, beside the field; nothing re-runs
        String cli = CliRunner.kefusim("run", CLASSROOM.toString(), "--set", "roster[0].agents=-1").err().lines().findFirst().orElseThrow();
        type("roster[0].agents", "-1");
        wait.until(d -> !error("roster[0].agents").isEmpty());
        assertEquals(cli, error("roster[0].agents"));
        assertEquals(Integer.toString(first), browser.findElement(By.tagName("body")).getAttribute("data-shown-id"));

        // pin, then move a control: the figures redraw for the new setting only
        browser.findElement(By.id("pin")).click();
        wait.until(d -> d.findElement(By.id("pin")).getText().equals("Unpin"));
        type("roster[0].agents", "3");
        int second = finishedSetting(first);
        assertEquals("", error("roster[0].agents"), "a good value clears the message");
        assertEquals("85.8%", card("totals.service_level").findElement(By.className("value")).getText(), "the lesson's 3 agents");

        // compare: pinned against current, paired, with its interval; a real difference is starred
        wait.until(d -> d.findElements(By.cssSelector("#compare-body tbody tr")).size() > 5
                && d.findElement(By.cssSelector("#compare-body .sub:last-child")).getText().startsWith("30 of 30"));
        List<String> head = texts("#compare-body thead th");
        assertEquals(List.of("figure", "pinned", "current", "difference to pinned"), head);
        List<String> slRow = texts("#compare-body tbody tr:first-child > *");
        assertEquals(List.of("Answered within 2 min (service level)", "94.6% ±0.8%", "85.8% ±1.5%"), slRow.subList(0, 3));
        assertTrue(slRow.get(3).startsWith("−8.8 ±") && slRow.get(3).endsWith("points *"), slRow.get(3));

        // the teacher's first step: 30 s pinned, 60 s shown against it
        browser.findElement(By.cssSelector(".lesson[data-step='1']")).click();
        wait.until(d -> d.findElement(By.id("lesson-text")).getText().startsWith("1. How long a reply takes"));
        int lesson = finishedSetting(second);
        assertEquals("60s", input("agents[0].reply_time.mean").getAttribute("value"));
        assertEquals("48.2%", card("totals.service_level").findElement(By.className("value")).getText(), "the lesson's table: 1 min per reply");
        wait.until(d -> !d.findElements(By.cssSelector("#compare-body tbody tr")).isEmpty());

        // Chinese: the report's words, the same figure
        browser.findElement(By.id("lang")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("kefusim 仿真工作台"));
        wait.until(d -> card("totals.service_level").findElement(By.className("label")).getText().startsWith("服务水平"));
        assertEquals("48.2%", card("totals.service_level").findElement(By.className("value")).getText());
        assertEquals(Integer.toString(lesson), browser.findElement(By.tagName("body")).getAttribute("data-shown-id"));

        // save: a scenario file and the folder `kefusim run` writes for it, in the page's language
        String shownMean = card("totals.service_level").getAttribute("data-mean");
        browser.findElement(By.id("save")).click();
        wait.until(d -> d.findElement(By.id("saved")).getAttribute("data-results") != null);
        Path saved = Path.of(browser.findElement(By.id("saved")).getAttribute("data-results"));
        Path file = Path.of(browser.findElement(By.id("saved")).getAttribute("data-scenario-file"));
        JsonNode summary = JSON.readTree(saved.resolve("summary.json").toFile());
        assertEquals(Double.parseDouble(shownMean), summary.at("/totals/service_level/mean").asDouble(), 0.0, "the page showed what the saved run computed");

        Path again = dir.resolve("again");
        CliRunner.Result run = CliRunner.kefusim("run", file.toString(), "--out", again.toString(), "--lang", "zh");
        assertEquals(0, run.code(), run.err());
        Path other;
        try (Stream<Path> s = Files.list(again.resolve(summary.get("scenario").asText()))) {
            other = s.filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p)).findFirst().orElseThrow(); // the run, not the `latest` link to it
        }
        assertSameRun(saved, other);
        // positive control: the comparison sees one changed byte
        Path changed = dir.resolve("changed");
        try (Stream<Path> s = Files.walk(other)) {
            for (Path p : s.toList()) Files.copy(p, changed.resolve(other.relativize(p).toString()));
        }
        byte[] csv = Files.readAllBytes(changed.resolve("intervals.csv"));
        csv[csv.length - 2] ^= 1;
        Files.write(changed.resolve("intervals.csv"), csv);
        assertThrows(AssertionError.class, () -> assertSameRun(saved, changed));
        // open the saved results folder: its scenario as run, the same figure
        int beforeOpen = Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-shown-id"));
        browser.findElement(By.id("results-path")).sendKeys(saved.toString());
        browser.findElement(By.id("open-results")).click();
        finishedSetting(beforeOpen);
        assertEquals(shownMean, card("totals.service_level").getAttribute("data-mean"));
        assertEquals("1m", input("agents[0].reply_time.mean").getAttribute("value"), "the folder's scenario, as run (written as 1m)");

        // an upload: the small shop, its own figures; on a phone's width nothing runs off the side
        int beforeUpload = Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-shown-id"));
        browser.findElement(By.id("upload")).sendKeys(Path.of("scenarios", "small-shop-ordinary-day.yaml").toAbsolutePath().toString());
        finishedSetting(beforeUpload);
        wait.until(d -> d.findElement(By.id("scenario-name")).getText().startsWith("small-shop-ordinary-day"));
        assertEquals("", browser.findElement(By.id("example")).getAttribute("value"), "an upload is not the example of the same name");
        // the agents line steps at the bars' edges, each interval's agents across its own bar (not from the middle of the one before)
        assertEquals("middle", ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-arrivals')).getOption().series[1].step"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lang').click()"); // back to English for the screenshot
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("kefusim studio"));
        screenshot("target/studio-screenshot-wide.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() <= 400);
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(overflow.intValue() <= 0, "the page is wider than a phone by " + overflow + " px: " + ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.children.length === 0)"
                        + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"));
        screenshot("target/studio-screenshot-phone.png");
        assertEquals(List.of(), ((JavascriptExecutor) browser).executeScript("return window.studioErrors"), "no script errors on the page");

        System.out.println("studio: first picture after a change in " + browser.findElement(By.tagName("body")).getAttribute("data-latency-ms") + " ms (not a timed test; see kefusim bench)");
    }

    /** Two tabs on one studio: each has its own setting; a reload finds the tab's own again. */
    @Test
    void eachTabKeepsItsOwnSetting() throws Exception {
        String original = browser.getWindowHandle();
        try {
            browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            String a = browser.getWindowHandle();
            browser.get(studio.url());
            int shownA = finishedSetting(0);
            type("roster[0].agents", "3");
            finishedSetting(shownA);
            assertEquals("85.8%", card("totals.service_level").findElement(By.className("value")).getText(), "the lesson's 3 agents");

            browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.get(studio.url());
            int shownB = finishedSetting(0);
            assertEquals("4", input("roster[0].agents").getAttribute("value"), "a new tab starts from the studio's scenario, not the other tab's setting");
            assertEquals("94.6%", card("totals.service_level").findElement(By.className("value")).getText());
            type("roster[0].agents", "5");
            finishedSetting(shownB);
            browser.close();

            browser.switchTo().window(a);
            browser.navigate().refresh();
            finishedSetting(0);
            assertEquals("3", input("roster[0].agents").getAttribute("value"), "the first tab's setting is its own, after the other tab changed its");
            assertEquals("85.8%", card("totals.service_level").findElement(By.className("value")).getText());
            browser.close();
        } finally {
            browser.switchTo().window(original);
        }
    }

    /**
     * The studio's starting file broken after it started (a typo saved in the editor): a new tab
     * shows the loader's one line at the top of the page, in the page's language, with what to do;
     * the page's own words still load, and an example still opens (the line then goes).
     */
    @Test
    void aNewTabWhoseStartingFileBrokeShowsTheLoadersLineAndCanStillOpenAnExample() throws Exception {
        Path file = Files.copy(CLASSROOM, dir.resolve("start.yaml"));
        String original = browser.getWindowHandle();
        try (Studio own = Studio.start(file, "127.0.0.1", 0, CLASSROOM.getParent(), dir.resolve("saved-broken"), StudioCommand::runCommand)) {
            String yaml = Files.readString(file);
            Files.writeString(file, yaml.replace("replications: 30", "replications: abc"));
            int line = yaml.lines().toList().indexOf("replications: 30") + 1;
            String cli = CliRunner.kefusim("run", file.toString()).err().lines().findFirst().orElseThrow();
            assertEquals("error: " + file + ":" + line + ":15: replications: 'abc' is not a whole number; allowed: a whole number from 1 to 100000", cli);
            String cliZh = CliRunner.kefusim("run", file.toString(), "--lang", "zh").err().lines().findFirst().orElseThrow();

            browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.get(own.url() + "?lang=zh");
            wait.until(d -> d.findElement(By.id("start-error")).isDisplayed());
            assertEquals(cliZh, browser.findElement(By.id("start-error-line")).getText(), "the command line's own line, in the page's language");
            assertEquals("工作台启动时使用的方案文件现在打不开。请改正后刷新本页，或在左侧打开示例、上传文件。",
                    browser.findElement(By.cssSelector("#start-error .sub")).getText());
            assertEquals("kefusim 仿真工作台", browser.findElement(By.tagName("h1")).getText(), "the page's own words still load");

            browser.findElement(By.id("lang")).click();
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("kefusim studio"));
            wait.until(d -> d.findElement(By.id("start-error-line")).getText().equals(cli));
            assertEquals("The scenario file the studio was started with does not open now. Correct it and reload this page, or open an example or upload a file on the left.",
                    browser.findElement(By.cssSelector("#start-error .sub")).getText());
            assertEquals(List.of(), ((JavascriptExecutor) browser).executeScript("return window.studioErrors"), "no script errors on the page");

            // an example still opens in this tab, and the line goes
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("example"))).selectByValue("classroom-response-time.yaml");
            finishedSetting(0);
            assertFalse(browser.findElement(By.id("start-error")).isDisplayed());
            assertEquals("94.6%", card("totals.service_level").findElement(By.className("value")).getText());
            browser.close();
        } finally {
            browser.switchTo().window(original);
        }
    }

    private static void screenshot(String file) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(Path.of(file), png);
    }

    /** Waits for a setting other than {@code previous} to be shown with every replication, and returns its id. */
    private static int finishedSetting(int previous) {
        try {
            waitFinished(previous);
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("the page did not show a finished new setting; it shows: " + ((JavascriptExecutor) browser).executeScript(
                    "return JSON.stringify(document.body.dataset) + ' | ' + document.getElementById('progress').textContent + ' | ' + (window.studioErrors || []).join('; ')"), e);
        }
        return Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-shown-id"));
    }

    private static void waitFinished(int previous) {
        wait.until(d -> {
            WebElement body = d.findElement(By.tagName("body"));
            String id = body.getAttribute("data-shown-id");
            return id != null && Integer.parseInt(id) != previous && "true".equals(body.getAttribute("data-finished"));
        });
    }

    private static WebElement card(String key) {
        return browser.findElement(By.cssSelector("#headline .card[data-key='" + key + "']"));
    }

    private static WebElement input(String key) {
        return browser.findElement(By.cssSelector(".control[data-key='" + key + "'] input"));
    }

    private static String error(String key) {
        return browser.findElement(By.cssSelector(".control[data-key='" + key + "'] .error")).getText();
    }

    private static void type(String key, String value) {
        WebElement in = input(key);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '';", in);
        in.sendKeys(value, Keys.TAB); // leaving the field fires 'change', as a user does
    }

    private static List<String> texts(String css) {
        List<String> out = new ArrayList<>();
        for (WebElement e : browser.findElements(By.cssSelector(css))) out.add(e.getText());
        return out;
    }

    /** Every file equal byte for byte, but for the clock: run.json's finished_at and wall_seconds, the workbook's created time. */
    static void assertSameRun(Path a, Path b) throws IOException {
        TreeMap<String, Path> fa = files(a), fb = files(b);
        assertEquals(fa.keySet(), fb.keySet());
        for (String name : fa.keySet()) {
            byte[] x = Files.readAllBytes(fa.get(name)), y = Files.readAllBytes(fb.get(name));
            switch (name) {
                case "run.json" -> {
                    JsonNode jx = JSON.readTree(x), jy = JSON.readTree(y);
                    ((com.fasterxml.jackson.databind.node.ObjectNode) jx).remove(List.of("finished_at", "wall_seconds"));
                    ((com.fasterxml.jackson.databind.node.ObjectNode) jy).remove(List.of("finished_at", "wall_seconds"));
                    assertEquals(jx, jy, name);
                }
                case "results.xlsx" -> assertEquals(zipEntries(fa.get(name)), zipEntries(fb.get(name)), name);
                default -> assertArrayEquals(x, y, name);
            }
        }
    }

    private static TreeMap<String, Path> files(Path root) throws IOException {
        TreeMap<String, Path> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> out.put(root.relativize(p).toString(), p));
        }
        return out;
    }

    private static TreeMap<String, String> zipEntries(Path zip) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                String content = new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (e.getName().equals("docProps/core.xml")) content = content.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "<dcterms:created/>");
                out.put(e.getName(), content);
            }
        }
        return out;
    }
}
