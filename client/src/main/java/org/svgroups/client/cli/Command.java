package org.svgroups.client.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The CLI's commands, with the number of arguments each takes and the options of their own. */
public enum Command {

    CREATE_GROUP("create-group", "NAME [MEMBER...]", "create a group, invite the members, print its JID", 1, Integer.MAX_VALUE),
    LIST_GROUPS("list-groups", "", "list my groups", 0, 0),
    INVITE("invite", "GROUP USER [REASON]", "invite a user into a group", 2, 3),
    INVITE_DIRECT("invite-direct", "GROUP USER [REASON]", "invite a user with a direct (XEP-0249) invitation", 2, 3),
    INVITATIONS("invitations", "", "list pending invitations, received and sent", 0, 0),
    ACCEPT("accept", "GROUP", "accept a pending invitation (become a member)", 1, 1),
    DECLINE("decline", "GROUP [REASON]", "decline a pending invitation", 1, 2),
    SEND("send", "GROUP TEXT...", "join, post a message, exit", 2, Integer.MAX_VALUE),
    SHARE_VIDEO("share-video", "GROUP URL [--id ID] [--title T]",
            "share a video (ID: by default the URL's last path segment)", 2, 2,
            Set.of(Option.ID, Option.TITLE), Set.of()),
    SHARE_PRODUCT("share-product", "GROUP URL --price P --currency C [--id ID] [--title T]",
            "share a product priced P in currency C (ISO 4217, e.g. EUR)", 2, 2,
            Set.of(Option.ID, Option.TITLE, Option.PRICE, Option.CURRENCY), Set.of(Option.PRICE, Option.CURRENCY)),
    LISTEN("listen", "GROUP [SECONDS]", "join and print messages (for SECONDS, default: until stopped)", 1, 2),
    HISTORY("history", "GROUP [--max N] [--before ID]",
            "print the group's last N messages (default 20, at most 100) before message ID, oldest first", 1, 1,
            Set.of(Option.MAX, Option.BEFORE), Set.of()),
    RETRACT("retract", "GROUP ID", "take back my message ID (its id as history prints it)", 2, 2),
    MODERATE("moderate", "GROUP ID [--reason R]", "as an owner or admin, take back anyone's message ID", 2, 2,
            Set.of(Option.REASON), Set.of()),
    REPORT("report", "GROUP REASON (message ID | member USER | group) [TEXT...]",
            "report a message, a member or the group to the moderators, print the report's number (REASON: spam,"
                    + " harassment, hate, violence, sexual, self-harm, minor-safety, scam, other)", 3, Integer.MAX_VALUE),
    LEAVE("leave", "GROUP", "leave a group for good", 1, 1),
    CREATE_LINK("create-link", "GROUP [--expires-days N] [--uses N]",
            "create an invite link (default: 7 days, any number of uses) and print it", 1, 1,
            Set.of(Option.EXPIRES_DAYS, Option.USES), Set.of()),
    LINKS("links", "GROUP", "list the group's active invite links (never their tokens)", 1, 1),
    REVOKE_LINK("revoke-link", "GROUP ID", "revoke an invite link", 2, 2),
    JOIN_LINK("join-link", "URI", "join the group an invite link (xmpp:...?svgroups-join;token=...) opens", 1, 1),
    REQUESTS("requests", "[GROUP]", "list the group's join requests (owners, admins), or my own", 0, 1),
    APPROVE("approve", "GROUP USER", "let a requester into the group", 2, 2),
    DENY("deny", "GROUP USER", "decline a join request", 2, 2),
    HELP("help", "", "show this help", 0, 0);

    private final String word;
    private final String arguments;
    private final String summary;
    private final int minArgs;
    private final int maxArgs;
    private final Set<String> options;
    private final Set<String> requiredOptions;

    Command(String word, String arguments, String summary, int minArgs, int maxArgs) {
        this(word, arguments, summary, minArgs, maxArgs, Set.of(), Set.of());
    }

    Command(String word, String arguments, String summary, int minArgs, int maxArgs, Set<String> options,
            Set<String> requiredOptions) {
        this.word = word;
        this.arguments = arguments;
        this.summary = summary;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.options = options;
        this.requiredOptions = requiredOptions;
    }

    /** The options only some commands take, each with a value. */
    static final class Option {
        static final String ID = "--id";
        static final String TITLE = "--title";
        static final String PRICE = "--price";
        static final String CURRENCY = "--currency";
        static final String MAX = "--max";
        static final String BEFORE = "--before";
        static final String EXPIRES_DAYS = "--expires-days";
        static final String USES = "--uses";
        static final String REASON = "--reason";
        static final Set<String> ALL = Set.of(ID, TITLE, PRICE, CURRENCY, MAX, BEFORE, EXPIRES_DAYS, USES, REASON);

        private Option() {
        }
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

    /** The command's own options (of {@link Option#ALL}). */
    Set<String> options() {
        return options;
    }

    /** The command's own options that must be given. */
    Set<String> requiredOptions() {
        return requiredOptions;
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
