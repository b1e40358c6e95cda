package org.svgroups.openfire.admin;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.Element;
import org.dom4j.io.SAXReader;
import org.jivesoftware.util.CookieUtils;
import org.jivesoftware.util.StringUtils;
import org.jivesoftware.util.WebManager;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.reports.ModerationException;
import org.svgroups.core.reports.Report;
import org.svgroups.core.reports.ReportAction;
import org.svgroups.core.reports.ReportModeration;
import org.svgroups.core.reports.ReportState;
import org.svgroups.core.reports.ReportStore;
import org.svgroups.core.reports.ReportTarget;
import org.svgroups.openfire.SvGroupsPlugin;

/**
 * What a report's page shows and does: the report, the messages it keeps (the reported one marked), what the
 * reporter says they saw (marked as theirs), the actions taken, and the actions that apply, each asked first (a GET
 * with {@code action} shows the confirmation with the statement of reasons to fill in, a POST with a valid CSRF
 * token acts). Every action goes to the security audit log.
 */
public final class ReportPage {

    static final String CSRF = SettingsPage.CSRF;

    private final ReportStore store;
    private final ReportModeration moderation;
    private final OpenfireConsole console;
    private Report report;
    private String notFound;
    private ReportAction.Kind confirm;
    private ReportAction.Kind done;
    private String error;
    private String statement = "";
    private String days = "7";
    private String csrf;

    ReportPage(ReportStore store, ReportModeration moderation, OpenfireConsole console) {
        this.store = store;
        this.moderation = moderation;
        this.console = console;
    }

    /** Called by the JSP: shows, asks or acts, and sets a fresh CSRF token for the next form. */
    public static ReportPage handle(HttpServletRequest request, HttpServletResponse response, WebManager webManager) {
        SvGroupsPlugin plugin = OpenfireConsole.plugin()
                .orElseThrow(() -> new IllegalStateException("The svgroups plugin is not running."));
        ReportPage page = new ReportPage(plugin.reportStore(), plugin.reportModeration(), new OpenfireConsole(webManager) { });
        String id = request.getParameter("id");
        String action = request.getParameter("action");
        if ("POST".equalsIgnoreCase(request.getMethod()) && request.getParameter("confirm") != null) {
            Cookie cookie = CookieUtils.getCookie(request, CSRF);
            page.act(id, action, request.getParameter("statement"), request.getParameter("days"),
                    webManager.getUser() == null ? "admin" : webManager.getUser().getUsername(),
                    cookie == null ? null : cookie.getValue(), request.getParameter(CSRF));
        } else {
            page.show(id, action);
        }
        page.csrf = StringUtils.randomString(16);
        CookieUtils.setCookie(request, response, CSRF, page.csrf, -1);
        return page;
    }

    void show(String id, String action) {
        load(id);
        if (report != null && action != null) {
            Optional<ReportAction.Kind> kind = ReportAction.Kind.fromWord(action);
            if (kind.isPresent() && report.state() == ReportState.OPEN && moderation.applies(report, kind.get())) {
                confirm = kind.get();
            } else {
                error = console.message("svgroups.report.error.not-applicable", List.of());
            }
        }
    }

    void act(String id, String action, String statementText, String daysText, String moderator, String cookieToken,
             String formToken) {
        load(id);
        if (report == null) {
            return;
        }
        Optional<ReportAction.Kind> kind = action == null ? Optional.empty() : ReportAction.Kind.fromWord(action);
        if (kind.isEmpty()) {
            error = console.message("svgroups.report.error.not-applicable", List.of());
            return;
        }
        statement = statementText == null ? "" : statementText;
        days = daysText == null ? "" : daysText.strip();
        if (!SettingsPage.tokensMatch(cookieToken, formToken)) {
            confirm = kind.get();
            error = console.message("svgroups.report.error.csrf", List.of());
            return;
        }
        int dayCount = 0;
        if (kind.get() == ReportAction.Kind.SUSPEND) {
            try {
                dayCount = Integer.parseInt(days);
            } catch (NumberFormatException e) {
                dayCount = -1;
            }
        }
        try {
            ReportAction taken = moderation.act(report.id(), kind.get(), moderator, statement, dayCount);
            console.audit("svgroups report " + taken.kind().word(), "report " + report.id() + " in " + report.group()
                    + " about " + report.reported() + (taken.days() > 0 ? " for " + taken.days() + " days" : "")
                    + ": " + taken.statement());
            done = taken.kind();
            statement = "";
            load(id);
        } catch (ModerationException e) {
            confirm = kind.get();
            error = console.message(e.getMessage(), List.of(ReportModeration.MAX_STATEMENT, ReportModeration.MAX_DAYS));
        }
    }

    private void load(String id) {
        try {
            report = id == null ? null : store.report(Long.parseLong(id.strip())).orElse(null);
        } catch (NumberFormatException e) {
            report = null;
        }
        if (report == null) {
            notFound = console.message("svgroups.report.error.not-found", List.of());
        }
    }

    /** One message the report keeps. */
    public record Context(String sentAt, String sender, String nickname, String text, boolean readable,
                          boolean reported) {

        public String getSentAt() {
            return sentAt;
        }

        public String getSender() {
            return sender;
        }

        public String getNickname() {
            return nickname;
        }

        /** The message's body; null when it has none the server can read. */
        public String getText() {
            return text;
        }

        public boolean isReadable() {
            return readable;
        }

        public boolean isReported() {
            return reported;
        }
    }

    /** A past action. */
    public record Action(String at, String kind, String moderator, String statement, int days) {

        public String getAt() {
            return at;
        }

        public String getKind() {
            return kind;
        }

        public String getModerator() {
            return moderator;
        }

        public String getStatement() {
            return statement;
        }

        public int getDays() {
            return days;
        }
    }

    public List<Context> getContext() {
        if (report == null) {
            return List.of();
        }
        boolean messageReport = report.target().kind() == ReportTarget.Kind.MESSAGE;
        return store.context(report.id()).stream().map(m -> {
            String body = body(m);
            return new Context(console.formatDateTime(m.sentAt()), m.sender(), m.nickname(), body, body != null,
                    messageReport && m.id().equals(report.target().ref()));
        }).toList();
    }

    /** The body of an archived message, or null when it has none (end-to-end encrypted, say). */
    private static String body(ArchivedMessage message) {
        try {
            SAXReader reader = new SAXReader();
            reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document stanza = reader.read(new StringReader(message.stanza()));
            Element body = stanza.getRootElement().element("body");
            return body == null ? null : body.getText();
        } catch (DocumentException | org.xml.sax.SAXException e) {
            return null;
        }
    }

    public List<Action> getActions() {
        if (report == null) {
            return List.of();
        }
        return store.actions(report.id()).stream().map(a -> new Action(console.formatDateTime(a.at()),
                actionLabel(a.kind()), a.moderator(), a.statement(), a.days())).toList();
    }

    /** The actions that apply to this open report: word and label. */
    public List<String[]> getAvailable() {
        if (report == null || report.state() != ReportState.OPEN) {
            return List.of();
        }
        return Arrays.stream(ReportAction.Kind.values()).filter(k -> moderation.applies(report, k))
                .map(k -> new String[] {k.word(), actionLabel(k)}).toList();
    }

    private String actionLabel(ReportAction.Kind kind) {
        return console.message("svgroups.report.action." + kind.word(), List.of());
    }

    public boolean isRetractionAvailable() {
        return report == null || report.target().kind() != ReportTarget.Kind.MESSAGE
                || moderation.applies(report, ReportAction.Kind.RETRACT);
    }

    public Report getReport() {
        return report;
    }

    public long getId() {
        return report == null ? 0 : report.id();
    }

    /** The report's number as text (not grouped in thousands). */
    public String getIdText() {
        return report == null ? "" : Long.toString(report.id());
    }

    public String getCreated() {
        return report == null ? null : console.formatDateTime(report.created());
    }

    public String getReason() {
        return report == null ? null : console.message("svgroups.reports.reason." + report.reason().word(), List.of());
    }

    public String getTarget() {
        return report == null ? null : console.message("svgroups.reports.target." + report.target().kind().word(), List.of());
    }

    public String getState() {
        return report == null ? null
                : console.message("svgroups.reports.state." + report.state().name().toLowerCase(Locale.ROOT), List.of());
    }

    public String getNotFound() {
        return notFound;
    }

    /** The action whose confirmation is asked, or empty. */
    public String getConfirm() {
        return confirm == null ? "" : confirm.word();
    }

    public String getConfirmLabel() {
        return confirm == null ? "" : actionLabel(confirm);
    }

    /** The action just taken, for the success message, or empty. */
    public String getDone() {
        return done == null ? "" : actionLabel(done);
    }

    public String getError() {
        return error;
    }

    public String getStatement() {
        return statement;
    }

    public String getDays() {
        return days;
    }

    public String getCsrf() {
        return csrf;
    }

    public int getMaxStatement() {
        return ReportModeration.MAX_STATEMENT;
    }

    public int getMaxDays() {
        return ReportModeration.MAX_DAYS;
    }
}
