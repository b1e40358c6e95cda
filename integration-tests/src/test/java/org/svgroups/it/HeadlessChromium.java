package org.svgroups.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's headless Chromium, driven through its chromedriver, for the suite's browser tests (the admin
 * console's and the web client's). Uses Debian's {@code chromium} and {@code chromium-driver} only (paths below,
 * overridable with {@code -Dsvgroups.it.chromium} and {@code -Dsvgroups.it.chromedriver}); Selenium Manager is
 * never asked for anything, so no download is ever tried, and nothing the browser does reaches past loopback.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("svgroups.it.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("svgroups.it.chromedriver", "/usr/bin/chromedriver");
    /** Selenium warns on every start that it has no DevTools classes for this Chromium; nothing here uses them. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriver driver;
    private final Path profile;
    private final boolean ownProfile;

    private HeadlessChromium(ChromeDriver driver, Path profile, boolean ownProfile) {
        this.driver = driver;
        this.profile = profile;
        this.ownProfile = ownProfile;
    }

    /** Why the browser cannot run here (Chromium or chromedriver missing), or empty if it can. */
    public static Optional<String> unavailableReason() {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(binary))) {
                return Optional.of(binary + " is missing (install Debian's chromium and chromium-driver)");
            }
        }
        return Optional.empty();
    }

    /** Starts a headless Chromium with a fresh profile, deleted when the browser is closed. */
    public static HeadlessChromium start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("svgroups-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(profile, true);
    }

    /**
     * Starts a headless Chromium on a profile the caller keeps (and deletes), so that a later browser on the same
     * profile finds what a web page stored in it, as a person's browser does from one day to the next.
     */
    public static HeadlessChromium start(Path profile) {
        return start(profile, false);
    }

    private static HeadlessChromium start(Path profile, boolean ownProfile) {
        // With the driver named, Selenium never runs Selenium Manager (which would try to download one).
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile,
                // Pages may name other hosts (Converse's login page shows its sponsors' logos): none is looked up.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new HeadlessChromium(driver, profile, ownProfile);
        } catch (RuntimeException e) {
            if (ownProfile) {
                deleteTree(profile);
            }
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves a PNG of the whole page (up to 4,000 pixels high) as {@code target/screenshots/<name>.png}; returns its path. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("svgroups.it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            // The whole page, not just the window: grow the window to the page's height for the shot.
            Dimension window = driver.manage().window().getSize();
            long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            int shot = (int) Math.min(Math.max(height + 150, window.getHeight()), 4000);
            driver.manage().window().setSize(new Dimension(window.getWidth(), shot));
            try {
                File png = driver.getScreenshotAs(OutputType.FILE);
                Files.move(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                driver.manage().window().setSize(window);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            if (ownProfile) {
                deleteTree(profile);
            }
        }
    }

    /** Deletes a folder and everything in it, if it is there. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile does no harm.
        }
    }
}
