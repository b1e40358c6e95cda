package org.svgroups.it.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.svgroups.it.HeadlessChromium;

/**
 * A headless Chromium driving Openfire's admin console: logs in through the real login form, opens console and
 * plugin pages, reads their boxes and fields, fills and submits forms, switches the console's language and saves
 * screenshots into {@code target/screenshots}, in the machine's {@link HeadlessChromium}.
 */
public final class ConsoleBrowser implements AutoCloseable {

    /** Where the console serves a plugin's pages. */
    public static final String PLUGIN_PATH = "plugins/svgroups/";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final HeadlessChromium chromium;
    private final WebDriver driver;
    private String baseUrl;

    private ConsoleBrowser(HeadlessChromium chromium) {
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    /** Why the browser cannot run here (Chromium or chromedriver missing), or empty if it can. */
    public static Optional<String> unavailableReason() {
        return HeadlessChromium.unavailableReason();
    }

    /** Starts a headless Chromium with a fresh profile. */
    public static ConsoleBrowser start() {
        return new ConsoleBrowser(HeadlessChromium.start());
    }

    /**
     * Logs in through the console's login form (its CSRF cookie and field come with the page) and fails unless
     * the console's home page follows.
     *
     * @param consoleUrl the console's root, e.g. {@code http://127.0.0.1:9090/}
     */
    public void login(String consoleUrl, String username, String password) {
        baseUrl = consoleUrl.endsWith("/") ? consoleUrl : consoleUrl + "/";
        driver.get(baseUrl + "login.jsp");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        submitAndWait(driver.findElement(By.name("loginForm")).findElement(By.cssSelector("[type=submit]")));
        if (driver.getCurrentUrl().contains("login.jsp")) {
            throw new IllegalStateException("Could not log in to " + baseUrl + " as " + username + ": "
                    + driver.findElement(By.tagName("body")).getText());
        }
    }

    /** Opens one of the plugin's pages, e.g. {@code svgroups-settings.jsp} or {@code svgroups-users.jsp?username=bob}. */
    public void open(String pluginPage) {
        openConsole(PLUGIN_PATH + pluginPage);
    }

    /** Opens one of Openfire's own pages, relative to the console's root, e.g. {@code server-locale.jsp}. */
    public void openConsole(String path) {
        if (baseUrl == null) {
            throw new IllegalStateException("Log in first");
        }
        driver.get(baseUrl + path);
    }

    /** The page's path and query, relative to the console's root (e.g. {@code plugins/svgroups/svgroups-settings.jsp}). */
    public String currentPage() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** The page's heading, which the console's decorator takes from the page's {@code <title>}. */
    public String heading() {
        return driver.findElement(By.cssSelector("#jive-content > h1")).getText().strip();
    }

    /** The visible text of the page's own content (without the console's header and sidebar). */
    public String pageText() {
        return driver.findElement(By.id("jive-main-content")).getText();
    }

    /** The i18n keys the page shows as {@code ???key???} because no bundle has them (JSTL's missing-message mark). */
    public List<String> missingMessages() {
        return Pattern.compile("\\?\\?\\?([^?\\s]+)\\?\\?\\?").matcher(driver.getPageSource()).results()
                .map(match -> match.group(1)).distinct().toList();
    }

    /** The addresses of the page's images that did not load (e.g. a path relative to the wrong folder). */
    public List<String> brokenImages() {
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.images).filter(function (i) { return i.complete && i.naturalWidth === 0; })"
                        + ".map(function (i) { return i.src; });");
        return broken;
    }

    /** The text of the page's success box ({@code .jive-success}), if it shows one. */
    public Optional<String> success() {
        return boxText("jive-success");
    }

    /** The text of the page's error box ({@code .jive-error}), if it shows one. */
    public Optional<String> error() {
        return boxText("jive-error");
    }

    private Optional<String> boxText(String cssClass) {
        return driver.findElements(By.cssSelector("#jive-main-content ." + cssClass)).stream()
                .map(WebElement::getText).map(String::strip).findFirst();
    }

    /**
     * The error message shown next to a field ({@code .jive-error-text} in the field's table row or the row under
     * it, where the console's forms put the field's explanation), if any.
     */
    public Optional<String> fieldError(String fieldId) {
        WebElement row = field(fieldId).findElement(By.xpath("ancestor::tr[1]"));
        return Stream.concat(row.findElements(By.cssSelector(".jive-error-text")).stream(),
                        row.findElements(By.xpath("following-sibling::tr[1]//*[contains(@class,'jive-error-text')]")).stream())
                .map(WebElement::getText).map(String::strip).filter(text -> !text.isEmpty()).findFirst();
    }

    /** The cells' texts of every body row of the page's tables ({@code .jive-table}), row by row. */
    public List<List<String>> tableRows() {
        return driver.findElements(By.cssSelector("#jive-main-content .jive-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList())
                .toList();
    }

    /** Whether the page has a form field with this id. */
    public boolean hasField(String fieldId) {
        return !driver.findElements(By.id(fieldId)).isEmpty();
    }

    /** The text of the {@code <label>} of a field. */
    public String label(String fieldId) {
        return driver.findElement(By.cssSelector("label[for='" + fieldId + "']")).getText().strip();
    }

    /** What a field holds: a text input's value, a select's chosen value, or "true"/"false" for a checkbox. */
    public String value(String fieldId) {
        WebElement field = field(fieldId);
        if ("select".equals(field.getTagName())) {
            return new Select(field).getFirstSelectedOption().getDomProperty("value");
        }
        if ("checkbox".equals(field.getDomAttribute("type"))) {
            return Boolean.toString(field.isSelected());
        }
        return field.getDomProperty("value");
    }

    /** Types into a text input (replacing its text), chooses a select's value, or sets a checkbox ("true"/"false"). */
    public void fill(String fieldId, String value) {
        WebElement field = field(fieldId);
        if ("select".equals(field.getTagName())) {
            new Select(field).selectByValue(value);
        } else if ("checkbox".equals(field.getDomAttribute("type"))) {
            if (field.isSelected() != Boolean.parseBoolean(value)) {
                field.click();
            }
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    /** Sets the value of any input by name, hidden ones included (e.g. to forge a form's CSRF token). */
    public void setInput(String name, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "var v = arguments[1]; document.getElementsByName(arguments[0]).forEach(function (e) { e.value = v; });",
                name, value);
    }

    /** Removes every input of this name from the page's forms (e.g. a form's CSRF field). */
    public void removeInput(String name) {
        ((JavascriptExecutor) driver).executeScript(
                "Array.from(document.getElementsByName(arguments[0])).forEach(function (e) { e.remove(); });", name);
    }

    /** Clicks the submit button with this name and waits for the next page. */
    public void submit(String buttonName) {
        submitAndWait(driver.findElement(By.cssSelector("[type=submit][name='" + buttonName + "']")));
    }

    /** Clicks the first submit button of the form that holds this field, and waits for the next page. */
    public void submitFormOf(String fieldId) {
        submitAndWait(field(fieldId).findElement(By.xpath("ancestor::form[1]")).findElement(By.cssSelector("[type=submit]")));
    }

    /** Follows the link with exactly this text (e.g. in the console's tabs or sidebar) and waits for the page. */
    public void clickLink(String text) {
        submitAndWait(driver.findElement(By.linkText(text)));
    }

    /** Clicks the element (a link or a button) and waits for the page it leads to. */
    public void click(By element) {
        submitAndWait(driver.findElement(element));
    }

    /**
     * The links of the console's sub-navigation bar, under the tabs: one per {@code <sidebar>} of the current tab
     * in the plugins' and Openfire's {@code admin-sidebar.xml} (e.g. "Short-Video Groups" under Group Chat).
     */
    public List<String> subnav() {
        return linkTexts("#jive-subnav a");
    }

    /** The links of the console's sidebar: the items of the current sub-navigation entry (e.g. Settings, Users). */
    public List<String> sidebar() {
        return linkTexts("#jive-sidebar a");
    }

    private List<String> linkTexts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText).map(String::strip).filter(text -> !text.isEmpty()).toList();
    }

    /**
     * Sets the console's language. Openfire 5.1 has one language for the whole server, not one per admin or
     * browser: JiveGlobals' {@code locale} (in {@code conf/openfire.xml}), set on Server Settings &gt; Language and
     * Time Zone ({@code server-locale.jsp}), and used from the next page on by the console and every plugin's
     * pages. {@code localeCode} is one of that page's choices, e.g. {@code en} or {@code fr}.
     */
    public void setLanguage(String localeCode) {
        openConsole("server-locale.jsp");
        WebElement choice = driver.findElement(By.cssSelector("input[name=localeCode][value='" + localeCode + "']"));
        if (!choice.isSelected()) {
            choice.click();
        }
        submit("save");
        if (!driver.getCurrentUrl().contains("success=true")) {
            throw new IllegalStateException("The console's language was not set to " + localeCode + ": " + pageText());
        }
    }

    /** One event of Openfire's security audit log. */
    public record AuditEvent(String username, String summary, String details) {
    }

    /**
     * The events of Openfire's security audit log (Server &gt; Server Manager &gt; Security Audit Viewer,
     * {@code security-audit-viewer.jsp}) whose summary contains {@code summarySearch}, as its first page lists
     * them (newest first), with their details (which the page hides until asked).
     */
    public List<AuditEvent> auditLog(String summarySearch) {
        openConsole("security-audit-viewer.jsp?searchSummary=" + URLEncoder.encode(summarySearch, StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll("tr[id^='detailsRow']")).map(function (details) {
                    var cells = details.previousElementSibling.cells;
                    return [cells[1].textContent.trim(), cells[3].firstChild.textContent.trim(), details.textContent.trim()];
                });""");
        return rows.stream().map(row -> new AuditEvent(row.get(0), row.get(1), row.get(2))).toList();
    }

    /** Saves a PNG of the whole page (up to 4,000 pixels high) as {@code target/screenshots/<name>.png}; returns its path. */
    public Path screenshot(String name) {
        return chromium.screenshot(name);
    }

    /** The underlying driver, for anything the helpers above do not cover. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        chromium.close();
    }

    private WebElement field(String fieldId) {
        return driver.findElement(By.id(fieldId));
    }

    /**
     * Clicks something that loads a new page and waits until the new page has loaded: the old page's window
     * carries a mark that a new document does not have (more reliable than waiting for an element to go stale,
     * which chromedriver sometimes reports as an unknown error mid-navigation).
     */
    private void submitAndWait(WebElement clickable) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.svgroupsOldPage = true;");
        clickable.click();
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return window.svgroupsOldPage === undefined && document.readyState === 'complete';")));
    }
}
