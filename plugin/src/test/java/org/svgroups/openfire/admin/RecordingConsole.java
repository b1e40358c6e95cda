package org.svgroups.openfire.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * What the fake backends of the console pages share: audit events recorded, and messages that are their key and
 * arguments, so that tests see which message was chosen.
 */
abstract class RecordingConsole {

    final List<String[]> audits = new ArrayList<>();

    public void audit(String summary, String details) {
        audits.add(new String[] {summary, details});
    }

    public String message(String key, List<?> arguments) {
        return key + arguments;
    }
}
