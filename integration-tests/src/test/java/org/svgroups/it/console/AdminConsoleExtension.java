package org.svgroups.it.console;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.svgroups.it.RealOpenfire;
import org.svgroups.it.server.OpenfireInstance;

/**
 * The extension behind {@link AdminConsole}: skips the class when Chromium or chromedriver is missing (one printed
 * line per run) and gives each test class one {@link ConsoleBrowser} logged in as the admin of the run's server,
 * closed after the class's last test. Registered after {@link RealOpenfire}, whose condition is asked first.
 */
public final class AdminConsoleExtension implements ExecutionCondition, ParameterResolver {

    /** The console of the run's server. */
    public static final String CONSOLE_URL = "http://127.0.0.1:" + OpenfireInstance.ADMIN_PORT + "/";
    public static final String ADMIN = "admin";

    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> reason = ConsoleBrowser.unavailableReason();
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if (SKIP_REPORTED.compareAndSet(false, true)) {
            System.out.println("svgroups admin console tests SKIPPED: " + reason.get());
        }
        return ConditionEvaluationResult.disabled(reason.get());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ConsoleBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        OpenfireInstance server = RealOpenfire.server(context);
        return classContext.getStore(ExtensionContext.Namespace.create(AdminConsoleExtension.class))
                .getOrComputeIfAbsent(OpenBrowser.class, key -> OpenBrowser.login(server), OpenBrowser.class).browser;
    }

    /** A class's browser; JUnit closes it after the class. */
    private static final class OpenBrowser implements CloseableResource {
        private final ConsoleBrowser browser;

        private OpenBrowser(ConsoleBrowser browser) {
            this.browser = browser;
        }

        static OpenBrowser login(OpenfireInstance server) {
            ConsoleBrowser browser = ConsoleBrowser.start();
            try {
                browser.login(CONSOLE_URL, ADMIN, server.setup().adminPassword());
                return new OpenBrowser(browser);
            } catch (RuntimeException e) {
                browser.close();
                throw e;
            }
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
