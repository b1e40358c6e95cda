package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jivesoftware.smack.XMPPException.XMPPErrorException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.it.server.OpenfireInstance;
import org.svgroups.it.server.ServerDatabase;

/**
 * svgroups and Openfire's Monitoring plugin ({@code -Dmonitoring.jar=...}) in one server. Monitoring registers its
 * XEP-0313 handlers (urn:xmpp:mam:0, :1 and :2) and features on every MUC service when it starts; the groups'
 * history must stay svgroups' all the same: read from each member's member-since moment, with svgroups' stanza-ids,
 * metadata and refusals, whatever version of MAM the client asks for, the groups' disco features as without
 * Monitoring, across a reload of svgroups and a restart of Openfire with both plugins, and after Monitoring is
 * unloaded. The class installs Monitoring into the suite's shared server first and removes it at the end, also when
 * a test fails.
 */
@ExtendWith({RealOpenfire.class, MonitoringCoexistenceIT.MonitoringJarGiven.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringCoexistenceIT {

    private static final String MONITORING = "monitoring";
    /**
     * Creator of this class's groups, who brings in alice, their only friend, late: m31 makes no groups and sends
     * no invitations elsewhere, so this class stays within the daily and hourly allowances the suite shares.
     */
    private static final String OWNER = RealOpenfire.numbered(31);
    private static final String LATE_JOINER = "alice";

    private static final String BEFORE = "before the late joiner";

    /** A group made before Monitoring was installed, and its disco features then. */
    private static EntityBareJid earlier;
    private static List<String> earlierFeatures;
    /** The group {@link #monitoringServesTheServerAndSvgroupsTheGroups} made. */
    private static EntityBareJid withMonitoring;

    @BeforeAll
    static void installMonitoring(OpenfireInstance server) throws Exception {
        try (SvGroupsClient owner = Users.connect(OWNER)) {
            earlier = owner.createGroup("Before Monitoring", List.of()).jid();
            earlierFeatures = features(owner, earlier);
            assertThat(features(owner, JidCreate.domainBareFrom(RealOpenfire.DOMAIN)))
                    .as("no archive on the server before Monitoring").doesNotContain(Mam.NAMESPACE);
        }
        server.installOtherPlugin(MONITORING, MonitoringJarGiven.jar());
    }

    @AfterAll
    static void removeMonitoring(OpenfireInstance server) throws Exception {
        server.uninstallOtherPlugin(MONITORING);
    }

    @Test
    @Order(1)
    void monitoringServesTheServerAndSvgroupsTheGroups() throws Exception {
        try (SvGroupsClient owner = Users.connect(OWNER)) {
            assertThat(features(owner, JidCreate.domainBareFrom(RealOpenfire.DOMAIN)))
                    .as("Monitoring is running: it serves the users' archives").contains(Mam.NAMESPACE);
        }
        withMonitoring = assertSvgroupsAnswers("With Monitoring");
    }

    @Test
    @Order(1)
    void theAdminIsWarnedThatMonitoringKeepsItsOwnCopyOfTheGroupsMessages(OpenfireInstance server) {
        assertThat(server.log()).contains("svgroups: the Monitoring plugin keeps its own copy of every group message"
                + " (conversation.roomArchiving is on)");
    }

    @Test
    @Order(2)
    void theGroupsDiscoFeaturesAreThoseWithoutMonitoring() throws Exception {
        try (SvGroupsClient owner = Users.connect(OWNER)) {
            assertThat(features(owner, earlier)).containsExactlyInAnyOrderElementsOf(earlierFeatures);
            EntityBareJid later = owner.createGroup("After Monitoring", List.of()).jid();
            assertThat(features(owner, later)).containsExactlyInAnyOrderElementsOf(earlierFeatures);
        }
    }

    @Test
    @Order(3)
    void svgroupsKeepsItsArchiveWhenItIsReloadedWithMonitoringInstalled(OpenfireInstance server) throws Exception {
        server.reloadPlugin();
        assertSvgroupsAnswers("Reloaded with Monitoring");
        try (SvGroupsClient owner = Users.connect(OWNER)) {
            assertThat(features(owner, earlier)).containsExactlyInAnyOrderElementsOf(earlierFeatures);
        }
    }

    @Test
    @Order(4)
    void svgroupsKeepsItsArchiveWhenOpenfireStartsWithBothPlugins(OpenfireInstance server) throws Exception {
        int monitoringLoads = server.pluginLoads(MONITORING);
        // Openfire's room log stays off in the groups; Monitoring keeps its own copy of their messages all the same
        // (its conversation.roomArchiving, on by default), which is why svgroups refuses the MAM versions it does not serve.
        // The embedded database is read with the server stopped, then it starts again with both plugins.
        List<Map<String, Object>> copies = server.queryWhileStopped("SELECT 'openfire' AS archive, COUNT(*) AS messages"
                + " FROM ofMucConversationLog WHERE body = ? UNION ALL SELECT 'monitoring', COUNT(*) FROM ofMessageArchive"
                + " WHERE toJID = ? AND body = ?", BEFORE, withMonitoring.toString(), BEFORE);
        // SQL pads the shorter name of the union to the longer one.
        assertThat(copies).extracting(row -> row.get("archive").toString().trim(), row -> ((Number) row.get("messages")).intValue())
                .containsExactlyInAnyOrder(tuple("openfire", 0), tuple("monitoring", 1));
        // Openfire loads plugins in parallel at startup: Monitoring may come before or after svgroups.
        server.awaitPluginLoaded(MONITORING, monitoringLoads);
        assertSvgroupsAnswers("Restarted with Monitoring");
        try (SvGroupsClient owner = Users.connect(OWNER)) {
            assertThat(features(owner, JidCreate.domainBareFrom(RealOpenfire.DOMAIN)))
                    .as("Monitoring is running again").contains(Mam.NAMESPACE);
            assertThat(features(owner, earlier)).containsExactlyInAnyOrderElementsOf(earlierFeatures);
        }
    }

    @Test
    @Order(5)
    void svgroupsStillAnswersOnceMonitoringIsUnloaded(OpenfireInstance server) throws Exception {
        server.uninstallOtherPlugin(MONITORING);
        try (SvGroupsClient owner = Users.connect(OWNER)) {
            assertThat(features(owner, JidCreate.domainBareFrom(RealOpenfire.DOMAIN)))
                    .as("Monitoring is gone").doesNotContain(Mam.NAMESPACE);
            assertThat(features(owner, earlier)).containsExactlyInAnyOrderElementsOf(earlierFeatures);
        }
        assertSvgroupsAnswers("After Monitoring");
    }

    /**
     * A group of {@link #OWNER} with a message from before and one from after the owner brings in
     * {@link #LATE_JOINER}, read through every MAM version: only svgroups gives these answers (Monitoring keeps its
     * own copy of every room's messages and would show the late joiner both, with its own ids, form and refusals).
     */
    private static EntityBareJid assertSvgroupsAnswers(String name) throws Exception {
        try (SvGroupsClient owner = Users.connect(OWNER); SvGroupsClient late = Users.connect(LATE_JOINER);
             SvGroupsClient sam = Users.connect(RealOpenfire.STRANGER)) {
            EntityBareJid group = owner.createGroup(name, List.of()).jid();
            owner.send(group, BEFORE);
            owner.invite(group, LATE_JOINER, "join us");
            GroupMessage after = owner.send(group, "after the late joiner");
            String id = Mam.stanzaId(after.stanza(), group);

            List<HistoryMessage> read = ArchivedHistory.awaitCount(late, group, 10, 1).messages();
            assertThat(read).extracting(HistoryMessage::body).as("from the member-since moment on")
                    .containsExactly("after the late joiner");
            assertThat(read).extracting(HistoryMessage::id).as("svgroups' stanza-id").containsExactly(id);
            assertThat(ArchivedHistory.awaitCount(owner, group, 10, 2).messages()).extracting(HistoryMessage::body)
                    .containsExactly(BEFORE, "after the late joiner");

            assertThat(Mam.query(late, group, Mam.form("after-id", id), "")).as("#extended: after-id")
                    .contains("complete='true'").doesNotContain("<first>");
            assertThat(Mam.iq(late, group, IQ.Type.get, "metadata", "")).as("#extended: metadata")
                    .contains("<start id='" + id + "'").contains("<end id='" + id + "'");
            assertThat(Mam.iq(late, group, IQ.Type.get, "query", "")).as("svgroups' form: no 'with', no full text")
                    .contains("var='before-id'").doesNotContain("var='with'").doesNotContain("fulltext");
            assertError(() -> Mam.query(sam, group, "", ""), StanzaError.Condition.forbidden,
                    "Only the group's owners, admins and members may read its history.");

            for (String older : List.of("urn:xmpp:mam:0", "urn:xmpp:mam:1")) {
                assertError(() -> Mam.iq(late, group, IQ.Type.set, "query", older, ""),
                        StanzaError.Condition.feature_not_implemented, "urn:xmpp:mam:2");
            }
            return group;
        }
    }

    private static void assertError(ThrowingCall call, StanzaError.Condition condition, String text) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOfSatisfying(XMPPErrorException.class, e -> {
            assertThat(e.getStanzaError().getCondition()).isEqualTo(condition);
            assertThat(e.getStanzaError().getDescriptiveText()).contains(text);
        });
    }

    private static List<String> features(SvGroupsClient user, Jid entity) throws Exception {
        List<String> features = new ArrayList<>();
        ServiceDiscoveryManager.getInstanceFor(user.connection()).discoverInfo(entity).getFeatures()
                .forEach(feature -> features.add(feature.getVar()));
        return features;
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    /** Runs the class only with {@code -Dmonitoring.jar} naming a Monitoring plugin jar; otherwise one line says why not. */
    static final class MonitoringJarGiven implements ExecutionCondition {

        private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

        static Path jar() {
            return Path.of(System.getProperty("monitoring.jar", "").trim()).toAbsolutePath();
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String given = System.getProperty("monitoring.jar", "").trim();
            String reason;
            if (given.isEmpty()) {
                reason = "no Monitoring plugin jar given (run with -Dmonitoring.jar=/path/to/monitoring.jar)";
            } else if (!Files.isRegularFile(jar())) {
                reason = "-Dmonitoring.jar=" + given + " is not a file";
            } else if (RealOpenfire.databaseKind() == ServerDatabase.Kind.MARIADB) {
                // Openfire then looks for monitoring_mariadb.sql, which Monitoring 2.8 does not ship, and refuses to load it.
                reason = "the Monitoring plugin has no schema for MariaDB Connector/J; run this test with"
                        + " -Dopenfire.database=mysql (the same server through MySQL Connector/J)";
            } else {
                return ConditionEvaluationResult.enabled("Monitoring plugin jar given");
            }
            if (SKIP_REPORTED.compareAndSet(false, true)) {
                System.out.println("svgroups Monitoring coexistence test SKIPPED: " + reason);
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
