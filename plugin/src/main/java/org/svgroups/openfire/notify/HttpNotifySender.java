package org.svgroups.openfire.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.svgroups.core.notify.Notifier;
import org.svgroups.core.notify.NotifySettings;
import org.svgroups.core.notify.NotifySignature;
import org.svgroups.openfire.http.BoundedExchange;

/**
 * POSTs one signed body to the app's backend: {@code Content-Type: application/json} and the signature header. A
 * 2xx answer is delivery; anything else (another status, no connection, no complete answer within the timeout) is
 * a {@link Notifier.DeliveryException} whose reason names no URL. The timeout bounds the whole exchange, and the
 * exchange is cancelled when it runs out, so a backend that never answers holds nothing open. The answer's body is
 * never read. The URL and timeout are read on each POST, so changes apply at once.
 */
public final class HttpNotifySender implements Notifier.Sender {

    private final NotifySettings settings;
    private final Supplier<Duration> timeout;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpNotifySender(NotifySettings settings, Supplier<Duration> timeout) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public void send(byte[] body, String signature) throws Notifier.DeliveryException {
        Duration limit = timeout.get();
        URI uri;
        try {
            uri = new URI(settings.notifyUrl());
        } catch (URISyntaxException e) {
            throw new Notifier.DeliveryException("the notify URL is not a URL");
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .timeout(limit)
                    .header("Content-Type", "application/json")
                    .header(NotifySignature.HEADER, signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new Notifier.DeliveryException("the notify URL is not an http or https URL");
        }
        HttpResponse<Void> response;
        try {
            response = BoundedExchange.send(client, request, HttpResponse.BodyHandlers.discarding(), limit);
        } catch (BoundedExchange.Failure failure) {
            Throwable cause = failure.getCause();
            throw new Notifier.DeliveryException(cause == null ? failure.getMessage()
                    : BoundedExchange.describe(cause, limit).orElse("unexpected " + cause.getClass().getSimpleName()));
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new Notifier.DeliveryException("answered " + status);
        }
    }
}
