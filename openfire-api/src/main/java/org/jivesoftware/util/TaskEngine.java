package org.jivesoftware.util;

import java.time.Duration;
import java.util.TimerTask;

public class TaskEngine {
    private TaskEngine() {
    }

    public static TaskEngine getInstance() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void schedule(TimerTask task, Duration delay, Duration period) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void cancelScheduledTask(TimerTask task) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
