package org.svgroups.it.webclient;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.svgroups.it.HeadlessChromium;

/**
 * The extension behind {@link WebClient}: skips the class when Chromium, chromedriver or Converse.js is missing
 * (one printed line per run), finding or installing Converse only once the real-server suite runs (its condition
 * is asked first), and serves one {@link ConversePage} for the whole run, closed at its end.
 */
public final class WebClientExtension implements ExecutionCondition, ParameterResolver {

    /** Openfire's XMPP over WebSocket (RFC 7395) endpoint, on by default on the plain HTTP-binding port. */
    static final String WEBSOCKET_URL = "ws://127.0.0.1:7070/ws/";

    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();
    private static ConverseDist.Found dist;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> reason = HeadlessChromium.unavailableReason().or(() -> Optional.ofNullable(dist().unavailableReason()));
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium, chromedriver and Converse.js found");
        }
        if (SKIP_REPORTED.compareAndSet(false, true)) {
            System.out.println("svgroups web client tests SKIPPED: " + reason.get());
        }
        return ConditionEvaluationResult.disabled(reason.get());
    }

    private static synchronized ConverseDist.Found dist() {
        if (dist == null) {
            dist = ConverseDist.locate();
        }
        return dist;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ConversePage.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(WebClientExtension.class))
                .getOrComputeIfAbsent(ServedPage.class, key -> new ServedPage(ConversePage.serve(dist().dist(), WEBSOCKET_URL)),
                        ServedPage.class).page;
    }

    /** The run's page; JUnit closes it after the last test. */
    private record ServedPage(ConversePage page) implements CloseableResource {
        @Override
        public void close() {
            page.close();
        }
    }
}
