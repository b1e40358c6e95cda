package org.svgroups.openfire.http;

/** No usable answer from an app service; the message is the reason, fit for one log line and free of the URL. */
public final class JsonHttpException extends Exception {

    private static final long serialVersionUID = 1L;

    public JsonHttpException(String reason) {
        super(reason);
    }
}
