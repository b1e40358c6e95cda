package org.svgroups.client.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.debugger.ConsoleDebugger;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.ClientConfig;
import org.svgroups.client.CreatedLink;
import org.svgroups.client.Group;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.HistoryPage;
import org.svgroups.client.LinkInfo;
import org.svgroups.client.LinkRequest;
import org.svgroups.client.PendingInvitations;
import org.svgroups.client.ReceivedInvitation;
import org.svgroups.client.Retraction;
import org.svgroups.client.SentInvitation;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.moderation.Tombstone;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportTarget;
import org.svgroups.core.share.Share;

/**
 * {@code svgroups-cli}: the client library from a shell. Exit status 0 on success, 1 when the server refuses or
 * anything fails, 2 for a wrong command line. Errors are one line on stderr.
 */
public final class SvGroupsCli {

    static final String NAME = "svgroups-cli";

    /** Longest command usage in the help's first column; longer ones have their summary on the next line. */
    static final int USAGE_COLUMN = 36;

    /** Exit status for a refusal or any other failure. */
    public static final int EXIT_FAILURE = 1;

    /** Exit status for a wrong command line. */
    public static final int EXIT_USAGE = 2;

    /** Opens the client; tests replace it to run commands without a server. */
    @FunctionalInterface
    public interface Connector {
        SvGroupsClient connect(ClientConfig config) throws SvGroupsException;
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Connector connector;

    public SvGroupsCli(PrintStream out, PrintStream err, Map<String, String> env, Connector connector) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.connector = connector;
    }

    public static void main(String[] args) {
        // Before any logger exists: slf4j-simple reads its level once.
        boolean debug = List.of(args).contains("--debug");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
        if (debug) {
            SmackConfiguration.DEBUG = true;
            SmackConfiguration.setDefaultSmackDebuggerFactory(ConsoleDebugger.Factory.INSTANCE);
        } else {
            // Smack logs through java.util.logging, e.g. stack traces when the connection drops at exit.
            LogManager.getLogManager().reset();
            Logger.getLogger("").setLevel(Level.OFF);
        }
        int status = new SvGroupsCli(System.out, System.err, System.getenv(), SvGroupsClient::connect).run(args);
        System.out.flush();
        System.exit(status);
    }

    /**
     * Runs one command line.
     *
     * @param argv the arguments.
     * @return the exit status.
     */
    public int run(String[] argv) {
        CliArguments args;
        try {
            args = CliArguments.parse(argv, env);
        } catch (UsageException e) {
            err.println(NAME + ": " + e.getMessage());
            err.println("Try '" + NAME + " help'.");
            return EXIT_USAGE;
        }
        if (args.command() == Command.HELP) {
            out.print(usage());
            return 0;
        }
        ClientConfig config;
        try {
            config = args.toConfig();
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return EXIT_USAGE;
        }
        try (SvGroupsClient client = connector.connect(config)) {
            execute(client, args);
            return 0;
        } catch (SvGroupsException e) {
            if (args.command() == Command.CREATE_GROUP && e instanceof SvGroupsException.Refused) {
                // The group exists although an invitation was refused: still tell the caller its address.
                ((SvGroupsException.Refused) e).getGroup().ifPresent(out::println);
            }
            err.println(formatError(e));
            return EXIT_FAILURE;
        } catch (IllegalArgumentException e) {
            // An argument the library could not use, such as a malformed JID.
            err.println(NAME + ": " + e.getMessage());
            return EXIT_USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(NAME + ": interrupted");
            return EXIT_FAILURE;
        }
    }

    private void execute(SvGroupsClient client, CliArguments args) throws SvGroupsException, InterruptedException {
        List<String> a = args.args();
        switch (args.command()) {
            case CREATE_GROUP -> {
                Group group = client.createGroup(a.get(0), a.subList(1, a.size()));
                out.println(group.jid());
            }
            case LIST_GROUPS -> out.print(formatTable(client.listGroups()));
            case INVITE -> client.invite(client.groupJid(a.get(0)), a.get(1), a.size() > 2 ? a.get(2) : null);
            case INVITE_DIRECT -> client.inviteDirect(client.groupJid(a.get(0)), a.get(1), a.size() > 2 ? a.get(2) : null);
            case INVITATIONS -> out.print(formatInvitations(client.invitations()));
            case ACCEPT -> client.accept(client.groupJid(a.get(0)));
            case DECLINE -> client.decline(client.groupJid(a.get(0)), a.size() > 1 ? a.get(1) : null);
            case SEND -> {
                EntityBareJid group = client.groupJid(a.get(0));
                client.send(group, String.join(" ", a.subList(1, a.size())));
                client.exit(group);
            }
            case SHARE_VIDEO, SHARE_PRODUCT -> {
                EntityBareJid group = client.groupJid(a.get(0));
                // What the group got: the server may have replaced the metadata with the catalogue's.
                out.println(formatMessage(client.share(group, args.share())));
                client.exit(group);
            }
            case LISTEN -> listen(client, client.groupJid(a.get(0)), args.listenSeconds());
            case HISTORY -> {
                EntityBareJid group = client.groupJid(a.get(0));
                HistoryPage page = client.history(group, args.historyMax(), args.historyBefore());
                out.print(formatHistory(page, a.get(0)));
            }
            case RETRACT -> {
                EntityBareJid group = client.groupJid(a.get(0));
                client.retract(group, a.get(1));
                client.exit(group);
            }
            case MODERATE -> client.moderate(client.groupJid(a.get(0)), a.get(1), args.reason());
            case REPORT -> {
                EntityBareJid group = client.groupJid(a.get(0));
                ReportReason reason = ReportReason.fromWord(a.get(1))
                        .orElseThrow(() -> new IllegalArgumentException("unknown reason '" + a.get(1) + "'"));
                boolean named = !"group".equals(a.get(2));
                if (named && a.size() < 4) {
                    throw new IllegalArgumentException("report " + a.get(2) + " needs what it names");
                }
                ReportTarget target = switch (a.get(2)) {
                    case "message" -> ReportTarget.message(a.get(3));
                    case "member" -> ReportTarget.member(client.userJid(a.get(3)).toString());
                    case "group" -> ReportTarget.group(group.toString());
                    default -> throw new IllegalArgumentException("report names a message, a member or the group");
                };
                List<String> words = a.subList(named ? 4 : 3, a.size());
                out.println(client.report(group, target, reason, words.isEmpty() ? null : String.join(" ", words), null));
            }
            case LEAVE -> client.leave(client.groupJid(a.get(0)));
            case CREATE_LINK -> {
                CreatedLink link = client.createLink(client.groupJid(a.get(0)),
                        args.linkOption(Command.Option.EXPIRES_DAYS), args.linkOption(Command.Option.USES));
                out.println(link.uri());
            }
            case LINKS -> out.print(formatLinks(client.links(client.groupJid(a.get(0)))));
            case REVOKE_LINK -> client.revokeLink(client.groupJid(a.get(0)), a.get(1));
            case JOIN_LINK -> out.println(client.joinByLink(a.get(0)));
            case REQUESTS -> out.print(formatRequests(a.isEmpty() ? client.myJoinRequests()
                    : client.joinRequests(client.groupJid(a.get(0)))));
            case APPROVE -> client.approve(client.groupJid(a.get(0)), a.get(1));
            case DENY -> client.deny(client.groupJid(a.get(0)), a.get(1));
            case HELP -> out.print(usage());
        }
    }

    private void listen(SvGroupsClient client, EntityBareJid group, int seconds)
            throws SvGroupsException, InterruptedException {
        client.join(group);
        long deadline = seconds > 0 ? System.nanoTime() + Duration.ofSeconds(seconds).toNanos() : Long.MAX_VALUE;
        while (seconds == 0 || System.nanoTime() < deadline) {
            Duration wait = seconds == 0 ? Duration.ofMinutes(1) : Duration.ofNanos(deadline - System.nanoTime());
            Optional<GroupMessage> message = client.awaitMessage(group, wait);
            message.ifPresent(m -> {
                out.println(formatMessage(m));
                out.flush();
            });
        }
        client.exit(group);
    }

    /**
     * A page of history, a line per message ({@code ID TIME NICKNAME: TEXT}, shares as {@link #formatShare}), then,
     * unless the page reaches the start, the command that prints the page before it.
     */
    public static String formatHistory(HistoryPage page, String group) {
        StringBuilder s = new StringBuilder();
        for (HistoryMessage message : page.messages()) {
            s.append(message.id()).append(' ').append(message.sentAt()).append(' ');
            Optional<Share> share = message.share();
            Optional<Tombstone> tombstone = message.tombstone();
            Optional<Retraction> retraction = message.retraction();
            if (tombstone.isPresent()) {
                s.append(message.nickname()).append(": ").append(formatTombstone(tombstone.get()));
            } else if (retraction.isPresent()) {
                s.append(formatRetraction(retraction.get()));
            } else if (share.isPresent()) {
                s.append(formatShare(message.nickname(), share.get()));
            } else {
                s.append(message.nickname()).append(": ")
                        .append(message.body() == null ? "(no text: end-to-end encrypted)" : oneLine(message.body()));
            }
            s.append('\n');
        }
        if (!page.complete() && page.earliestId() != null) {
            s.append("earlier: ").append(NAME).append(" history ").append(group).append(" --before ")
                    .append(page.earliestId()).append('\n');
        }
        return s.toString();
    }

    /** A tombstone as a history line's text: {@code (retracted)}, or {@code (retracted by JID: REASON)}. */
    static String formatTombstone(Tombstone tombstone) {
        if (!tombstone.isModeration()) {
            return "(retracted)";
        }
        return "(retracted by " + oneLine(tombstone.moderatedBy())
                + (tombstone.reason() == null ? ")" : ": " + oneLine(tombstone.reason()) + ")");
    }

    /** A retraction as a history line's text: {@code bob retracted ID}, {@code JID moderated ID: REASON}. */
    static String formatRetraction(Retraction retraction) {
        if (!retraction.moderated()) {
            return retraction.nickname() + " retracted " + retraction.retractedId();
        }
        return oneLine(retraction.moderatedBy()) + " moderated " + retraction.retractedId()
                + (retraction.reason() == null ? "" : ": " + oneLine(retraction.reason()));
    }

    /**
     * The one-line error report, e.g.
     * {@code svgroups-cli: refused: group-full (policy-violation): The group has reached its member cap of 32}.
     */
    public static String formatError(SvGroupsException e) {
        if (e instanceof SvGroupsException.Refused) {
            return NAME + ": refused: " + ((SvGroupsException.Refused) e).getRefusal();
        }
        return NAME + ": " + e.getMessage();
    }

    /**
     * One received message as a line: {@code bob: hi} for text, {@link #formatShare} for a share (whose body is only
     * the plain-text stand-in for clients that know nothing of shares).
     */
    public static String formatMessage(GroupMessage message) {
        return message.share().map(share -> formatShare(message.nickname(), share))
                .orElseGet(() -> message.nickname() + ": " + message.body());
    }

    /**
     * A share as one line, e.g. {@code alice shared video 123: Dance tutorial https://videos.example/v/123 (verified)}
     * or {@code bob shared product hoodie-42: Crew hoodie for 19.99 EUR https://shop.example/p/hoodie-42
     * (unverified)}. "(verified)": the server checked it against the app's catalogue; "(unverified)": it could not;
     * nothing: no svgroups server saw it. Line breaks and control characters in the sender's or catalogue's text
     * become blanks.
     */
    public static String formatShare(String nickname, Share share) {
        List<String> parts = new ArrayList<>();
        if (share.title() != null && !share.title().isBlank()) {
            parts.add(oneLine(share.title()));
        }
        if (share.price() != null) {
            parts.add((parts.isEmpty() ? "" : "for ") + share.price().amount().toPlainString() + " "
                    + oneLine(share.price().currency()));
        }
        parts.add(oneLine(share.url()));
        if (share.verified() != null) {
            parts.add(share.verified() ? "(verified)" : "(unverified)");
        }
        return oneLine(nickname) + " shared " + share.kind().xmlValue() + " " + oneLine(share.id()) + ": "
                + String.join(" ", parts);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    }

    /** A group's invite links as an aligned table (id, creator, expiry, uses), or a line saying there are none. */
    public static String formatLinks(List<LinkInfo> links) {
        if (links.isEmpty()) {
            return "no active invite links\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "CREATOR", "EXPIRES", "USES"});
        for (LinkInfo link : links) {
            rows.add(new String[] {link.id(), link.creator().toString(), link.expires().toString(),
                link.uses() + (link.maxUses().isPresent() ? "/" + link.maxUses().getAsInt() : "")});
        }
        return table(rows);
    }

    /** Join requests as an aligned table (group, user, since), or a line saying there are none. */
    public static String formatRequests(List<LinkRequest> requests) {
        if (requests.isEmpty()) {
            return "no pending join requests\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"GROUP", "USER", "SINCE"});
        for (LinkRequest request : requests) {
            rows.add(new String[] {request.group().toString(), request.user().toString(), request.created().toString()});
        }
        return table(rows);
    }

    /** The group list as an aligned table, or a line saying there are none. */
    public static String formatTable(List<GroupSummary> groups) {
        if (groups.isEmpty()) {
            return "no groups\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"GROUP", "NAME", "ROLE", "MEMBERS"});
        for (GroupSummary g : groups) {
            rows.add(new String[] {g.jid().toString(), g.name(),
                g.affiliation() == null ? "?" : g.affiliation().toString(),
                count(g.members()) + "/" + count(g.cap())});
        }
        return table(rows);
    }

    /**
     * The pending invitations as two sections, {@code received:} and {@code sent:}, each an aligned table or
     * {@code none}; a single line if there are none at all. Times are UTC, to the second.
     */
    public static String formatInvitations(PendingInvitations invitations) {
        if (invitations.isEmpty()) {
            return "no pending invitations\n";
        }
        StringBuilder s = new StringBuilder("received:\n");
        if (invitations.received().isEmpty()) {
            s.append("none\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"GROUP", "NAME", "FROM", "EXPIRES", "REASON"});
            for (ReceivedInvitation i : invitations.received()) {
                rows.add(new String[] {i.group().toString(), i.name(), i.inviter().toString(), time(i.expires()),
                    i.reason() == null ? "" : i.reason()});
            }
            s.append(table(rows));
        }
        s.append("\nsent:\n");
        if (invitations.sent().isEmpty()) {
            s.append("none\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"GROUP", "NAME", "TO", "EXPIRES", "REASON"});
            for (SentInvitation i : invitations.sent()) {
                rows.add(new String[] {i.group().toString(), i.name(), i.invitee().toString(), time(i.expires()),
                    i.reason() == null ? "" : i.reason()});
            }
            s.append(table(rows));
        }
        return s.toString();
    }

    /**
     * Rows as aligned columns, two blanks apart. Line breaks and runs of blanks inside a cell become one blank, so
     * that every row stays one line; lines carry no trailing blanks.
     */
    private static String table(List<String[]> rows) {
        List<String[]> cells = new ArrayList<>();
        for (String[] row : rows) {
            String[] clean = new String[row.length];
            for (int i = 0; i < row.length; i++) {
                clean[i] = row[i].replaceAll("\\s+", " ").strip();
            }
            cells.add(clean);
        }
        int[] widths = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String count(int n) {
        return n < 0 ? "?" : Integer.toString(n);
    }

    /** The help text. */
    public static String usage() {
        StringBuilder s = new StringBuilder();
        s.append("usage: ").append(NAME).append(" --host HOST --user USER --password PASSWORD [OPTIONS] COMMAND [ARGS]\n\n");
        s.append("options:\n");
        s.append("  --host HOST         server host name or IP address\n");
        s.append("  --port PORT         client port (default ").append(ClientConfig.DEFAULT_PORT).append(")\n");
        s.append("  --domain DOMAIN     XMPP domain (default: the host)\n");
        s.append("  --user USER         username (localpart)\n");
        s.append("  --password PASS     password (default: $").append(CliArguments.PASSWORD_ENV).append(")\n");
        s.append("  --service JID       group service (default: discovered, e.g. groups.DOMAIN)\n");
        s.append("  --insecure          no TLS: for local test servers only\n");
        s.append("  --debug             print the XMPP traffic and debug logs\n");
        s.append("  --                  end of options, for arguments starting with '-'\n\n");
        s.append("commands:\n");
        int width = 0;
        for (Command command : Command.values()) {
            if (command.usage().length() <= USAGE_COLUMN) {
                width = Math.max(width, command.usage().length());
            }
        }
        for (Command command : Command.values()) {
            if (command.usage().length() <= width) {
                s.append(String.format("  %-" + width + "s  %s\n", command.usage(), command.summary()));
            } else {
                // Too long for the column: the summary goes under it, in the column.
                s.append("  ").append(command.usage()).append('\n')
                        .append(" ".repeat(width + 4)).append(command.summary()).append('\n');
            }
        }
        s.append("\nGROUP is a group JID or its id (resolved against the service); USER and MEMBER are\n");
        s.append("usernames (resolved against the domain) or JIDs. A minor's invitation waits until they\n");
        s.append("accept it (or join the group) or decline it; an adult is a member as soon as invited.\n");
        s.append("A share goes out with a plain link for other clients; the server checks it (only the app's\n");
        s.append("hosts, the id one of the URL's path segments) and delivers it as the app's catalogue\n");
        s.append("describes the item. share-video and share-product print what the group got, as listen does:\n");
        s.append("  alice shared video 123: Dance tutorial https://videos.example/v/123 (verified)\n");
        s.append("history prints 'ID TIME NICKNAME: TEXT' lines, oldest first, then how to print the page before.\n");
        s.append("retract and moderate name a message by that ID; a message taken back shows as '(retracted)'.\n");
        s.append("exit status: 0 ok, 1 refused or failed, 2 wrong command line\n");
        return s.toString();
    }
}
