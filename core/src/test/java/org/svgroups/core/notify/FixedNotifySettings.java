package org.svgroups.core.notify;

/** Settings the test changes at will; on by default. */
final class FixedNotifySettings implements NotifySettings {
    String url = "https://app.example/wake";
    String secret = "s3cret";
    boolean previews = true;
    int batchSize = 2;

    @Override
    public String notifyUrl() {
        return url;
    }

    @Override
    public String notifySecret() {
        return secret;
    }

    @Override
    public boolean notifyPreviews() {
        return previews;
    }

    @Override
    public int notifyBatchSize() {
        return batchSize;
    }
}
