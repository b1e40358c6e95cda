package org.svgroups.client.cli;

import java.util.Arrays;
import java.util.Optional;

/** The CLI's commands, with the number of arguments each takes. */
public enum Command {

    CREATE_GROUP("create-group", "NAME [MEMBER...]", "create a group, invite the members, print its JID", 1, Integer.MAX_VALUE),
    LIST_GROUPS("list-groups", "", "list my groups", 0, 0),
    INVITE("invite", "GROUP USER [REASON]", "invite a user into a group", 2, 3),
    INVITE_DIRECT("invite-direct", "GROUP USER [REASON]", "invite a user with a direct (XEP-0249) invitation", 2, 3),
    INVITATIONS("invitations", "", "list pending invitations, received and sent", 0, 0),
    ACCEPT("accept", "GROUP", "accept a pending invitation (become a member)", 1, 1),
    DECLINE("decline", "GROUP [REASON]", "decline a pending invitation", 1, 2),
    SEND("send", "GROUP TEXT...", "join, post a message, exit", 2, Integer.MAX_VALUE),
    LISTEN("listen", "GROUP [SECONDS]", "join and print messages (for SECONDS, default: until stopped)", 1, 2),
    LEAVE("leave", "GROUP", "leave a group for good", 1, 1),
    HELP("help", "", "show this help", 0, 0);

    private final String word;
    private final String arguments;
    private final String summary;
    private final int minArgs;
    private final int maxArgs;

    Command(String word, String arguments, String summary, int minArgs, int maxArgs) {
        this.word = word;
        this.arguments = arguments;
        this.summary = summary;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    /** The command as typed, e.g. {@code create-group}. */
    public String word() {
        return word;
    }

    String arguments() {
        return arguments;
    }

    String summary() {
        return summary;
    }

    boolean acceptsArgCount(int count) {
        return count >= minArgs && count <= maxArgs;
    }

    /** The command's usage line. */
    String usage() {
        return arguments.isEmpty() ? word : word + " " + arguments;
    }

    static Optional<Command> fromWord(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }
}
