package org.jivesoftware.util;

import java.time.Duration;
import java.util.TimerTask;
import java.util.concurrent.Future;

public class TaskEngine {
    private TaskEngine() {
    }

    public static TaskEngine getInstance() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Future<?> submit(Runnable task) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void schedule(TimerTask task, Duration delay, Duration period) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void cancelScheduledTask(TimerTask task) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
