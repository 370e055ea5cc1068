package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium for browser tests of a {@code @ServalTest} class: one Playwright and browser per class,
 * a fresh context (locale en-US, base URL of the running server) and page per test, closed afterwards.
 * Register with {@code @RegisterExtension static final Browser browser = new Browser();}.
 * <p>
 * Every page of every test is watched for content security policy violations (an inline script or style, a
 * resource from elsewhere): a test whose pages caused one fails, naming the page and what was refused.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** Where {@link #screenshot} saves its full-page PNGs. */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    /** Reports each violation to the console, where the listener below collects it (Chromium logs most itself). */
    private static final String REPORT_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e => "
            + "console.error('Content Security Policy violation: ' + e.violatedDirective + ' blocked '"
            + " + (e.blockedURI || 'inline') + ' in ' + e.documentURI))";

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private Page page;
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        baseUrl = "http://localhost:" + port;
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(ARGS));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // a loaded machine (CI on two cores) builds a page such as the API documentation in more than 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        page = newPage();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            for (int i = 0; i < contexts.size(); i++) {
                for (Page open : contexts.get(i).pages()) {
                    screenshot(open, "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + "-" + i);
                }
            }
        }
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        page = null;
        List<String> violations = List.copyOf(policyViolations);
        policyViolations.clear();
        if (violations.isEmpty()) {
            return;
        }
        String report = "The pages broke their content security policy:\n  " + String.join("\n  ", violations);
        if (context.getExecutionException().isPresent()) {
            System.err.println(report); // the test failed already; say what else went wrong
        } else {
            throw new AssertionError(report);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The page of the current test (in its own context). */
    public Page page() {
        return page;
    }

    /** A page in another new context (another user's session), closed after the test. */
    public Page newPage() {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-US")
                .setTimezoneId("UTC")
                .setBaseURL(baseUrl)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        context.addInitScript(REPORT_VIOLATIONS);
        context.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                policyViolations.add(message.page() == null ? message.text() : message.page().url() + ": " + message.text());
            }
        });
        contexts.add(context);
        return context.newPage();
    }

    /** A new context logged in as a demo user (one user's session), closed after the test or by {@link #close}. */
    public Page newPageAs(String username) {
        Page session = newPage();
        login(session, username);
        return session;
    }

    /** Closes the context of a page from {@link #newPage()} early, e.g. one session per user in a loop. */
    public void close(Page session) {
        BrowserContext context = session.context();
        contexts.remove(context);
        context.close();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Logs in through the login form as a demo user (password "demo") and waits for the home page. */
    public static void login(Page page, String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#login-submit").click();
        page.waitForURL(Pattern.compile(".*/(\\?continue)?$"));
        assertThat(page.locator("#user-menu")).isVisible();
    }

    /**
     * Clicks a form's submit button and returns the answer to the form's POST (usually the redirect after a save),
     * failing at once on an HTTP error such as the 403 of a form sent without its CSRF token.
     */
    public static com.microsoft.playwright.Response submit(Page page, String button) {
        com.microsoft.playwright.Response answer = page.waitForResponse(
                r -> "POST".equals(r.request().method()) && r.request().isNavigationRequest(),
                () -> page.locator(button).click());
        if (answer.status() >= 400) {
            throw new AssertionError("POST " + answer.url() + " answered HTTP " + answer.status());
        }
        return answer;
    }

    /** Switches the page language through the navbar menu: "zh" or "en". */
    public static void switchLanguage(Page page, String language) {
        page.locator("#language-menu").click();
        page.locator("#lang-" + language).click();
        page.waitForLoadState();
        assertThat(page.locator("html")).hasAttribute("lang", "zh".equals(language) ? "zh-CN" : "en");
    }

    /** Saves a full-page PNG as {@code target/screenshots/<name>.png}. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
