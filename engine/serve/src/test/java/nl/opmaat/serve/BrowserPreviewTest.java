package nl.opmaat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in a real browser: Debian's chromium driven headless through its chromedriver (both installed by
 * {@code .ci/run}). The findings panel is visible, the console stays free of errors, a 390 px wide screen does not
 * scroll sideways, and a saved chapter reaches the open page by itself. Screenshots go to
 * {@code target/serve-pages/} for a person to look at.
 */
class BrowserPreviewTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/serve-pages");

    @TempDir
    static Path temp;
    private static ServedPlan served;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver are needed: apt-get install chromium chromium-driver (.ci/run does)");
        served = ServedPlan.of("vo-zuidoost-utrecht", temp);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void onADesktopThePanelIsVisibleBesideThePlanAndTheConsoleIsClean() throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(served.uri("/").toString());
        WebElement panel = browser.findElement(By.id("opmaat-bevindingen"));
        assertTrue(panel.isDisplayed(), "findings panel");
        assertTrue(panel.getText().contains("Bevindingen"), panel.getText());
        waitForLive();
        // A marker in the text leads to its entry in the panel, and back.
        WebElement marker = browser.findElement(By.cssSelector(":not(details) > .opmaat-plek > .opmaat-marker"));
        String number = marker.getAttribute("id").substring("plek-".length());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", marker);
        marker.click();
        assertTrue(browser.getCurrentUrl().endsWith("#bevinding-" + number), browser.getCurrentUrl());
        screenshot("plan-desktop.png");
        assertNoConsoleErrors();
    }

    @Test
    void onA390PixelScreenNothingScrollsSideways() throws Exception {
        for (String page : List.of("/", "/samenvatting", "/bron/plan.yaml")) {
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(served.uri(page).toString());
            waitForLive();
            long width = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
            assertTrue(width <= 400, "a phone-sized window: " + width);
            long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.scrollingElement.scrollWidth");
            long clientWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.scrollingElement.clientWidth");
            assertTrue(scrollWidth <= clientWidth, page + ": " + scrollWidth + " > " + clientWidth);
            if (!page.startsWith("/bron/")) {
                assertTrue(browser.findElement(By.cssSelector(".opmaat-paneel")).isDisplayed(), "panel on " + page);
            }
            screenshot("phone" + page.replaceAll("[^a-z]+", "-") + ".png");
            assertNoConsoleErrors();
        }
    }

    @Test
    void aSavedChapterReachesTheOpenPageByItself() throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(served.uri("/").toString());
        waitForLive();
        Path chapter = served.directory.resolve("hoofdstukken/03-missie-en-visie.md");
        List<Long> millis = new ArrayList<>();
        for (int save = 1; save <= 5; save++) {
            String before = version();
            String heading = "Vlindertuin " + save;
            // Notes when the page takes the new reading (the script sets the version after replacing the body).
            ((JavascriptExecutor) browser).executeScript("window.opmaatShownAt = 0; new MutationObserver(function () {"
                    + " window.opmaatShownAt = Date.now(); }).observe(document.querySelector("
                    + "'meta[name=\"opmaat-voorbeeld-versie\"]'), { attributes: true });");
            long written = System.currentTimeMillis();
            Files.writeString(chapter, Files.readString(chapter) + "\n## " + heading + "\n\nDe vlindertuin staat bij elke school.\n");
            try {
                new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100)).until(b -> !version().equals(before)
                        && ((Number) ((JavascriptExecutor) b).executeScript("return window.opmaatShownAt || 0")).longValue() > 0);
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("save " + save + " did not arrive in place; page version " + version()
                        + ", browser log: " + browser.manage().logs().get(LogType.BROWSER).getAll(), e);
            }
            long shownAt = ((Number) ((JavascriptExecutor) browser).executeScript("return window.opmaatShownAt")).longValue();
            millis.add(shownAt - written);
            assertTrue(browser.findElement(By.tagName("body")).getText().contains(heading), heading);
            waitForLive();
        }
        // A figure for the README, not an assertion: the time depends on the machine and its load.
        System.out.println("opmaat serve: save to updated page in the browser (ms): " + millis);
        assertNoConsoleErrors();
    }

    @Test
    void theSummaryPageShowsItsFigures() throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(served.uri("/samenvatting").toString());
        WebElement figures = browser.findElement(By.id("opmaat-leesbaarheid"));
        assertTrue(figures.isDisplayed());
        assertTrue(figures.getText().contains("Flesch-Douma"), figures.getText());
        waitForLive();
        screenshot("summary-desktop.png");
        assertNoConsoleErrors();
    }

    private static String version() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var m = document.querySelector('meta[name=\"opmaat-voorbeeld-versie\"]'); return m ? m.content : '';");
    }

    /** The event stream is open: the script says so in the bar. */
    private static void waitForLive() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b ->
                b.findElement(By.id("opmaat-verbinding")).getAttribute("class").contains("opmaat-live"));
    }

    private static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertNoConsoleErrors() {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), severe, "console errors");
    }
}
