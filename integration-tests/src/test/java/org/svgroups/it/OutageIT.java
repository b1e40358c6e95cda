package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.it.server.DatabaseProxy;
import org.svgroups.it.server.OpenfireInstance;
import org.svgroups.it.server.ServerDatabase;

/**
 * A database outage of {@link #OUTAGE} under load, on the suite's database server ({@code -Dopenfire.database}
 * postgresql, mariadb or mysql; the embedded database cannot go away on its own, so the test is skipped there and
 * says so). Openfire reaches its database through a {@link DatabaseProxy} that the test cuts, as a stopped server
 * would refuse connections. Group messages keep flowing; what needs the database fails closed and admits nobody;
 * once the database is back, all works again and every message acknowledged meanwhile is in the archive. Runs in a
 * server of its own on the suite's ports (the suite's server is stopped meanwhile); prints what the clients saw.
 */
@ExtendWith(RealOpenfire.class)
class OutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    private static SideServer side;
    private static OpenfireInstance server;
    private static DatabaseProxy proxy;

    @BeforeAll
    static void startAServerBehindAProxy(OpenfireInstance suiteServer) throws Exception {
        if (RealOpenfire.databaseKind() == ServerDatabase.Kind.EMBEDDED) {
            System.out.println("svgroups database outage test SKIPPED: Openfire is on its embedded database"
                    + " (run with -Dopenfire.database=postgresql, mariadb or mysql)");
        }
        assumeTrue(RealOpenfire.databaseKind() != ServerDatabase.Kind.EMBEDDED, "the embedded database has no outage");
        side = SideServer.replacing(suiteServer, "outage", RealOpenfire.pluginJar(), database -> {
            try {
                proxy = DatabaseProxy.to(database.serverPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            database.relayOpenfireThrough(proxy);
        });
        server = side.server();
        server.start();
    }

    @AfterAll
    static void startTheSuitesServerAgain() throws Exception {
        try {
            if (side != null) {
                proxy.restore();
                side.close();
            }
        } finally {
            if (proxy != null) {
                proxy.close();
            }
        }
    }

    @Test
    void messagesFlowWhatNeedsTheDatabaseFailsClosedAndAllComesBack() throws Exception {
        EntityBareJid group;
        try (SvGroupsClient alice = Users.connect("alice"); SvGroupsClient bob = Users.connect("bob")) {
            group = alice.createGroup("Outage", List.of("bob")).jid();
            List<Talker.Acknowledged> acknowledged;
            Instant cut;
            Instant restored;
            try (Talker talk = Talker.throughFailures(bob, group, "message", Duration.ofMillis(20))) {
                Thread.sleep(3_000);

                proxy.cut();
                cut = Instant.now();
                Throwable minor = outcome(() -> alice.invite(group, "tess", "join us"));
                Throwable adult = outcome(() -> alice.invite(group, "carol", "join us"));
                Throwable history = outcome(() -> alice.history(group, 10, null));
                System.out.printf("OutageIT: during the outage: invitation of a minor: %s; of an adult: %s; history: %s%n",
                        minor, adult, history);
                Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.between(cut, Instant.now()).toMillis()));
                proxy.restore();
                restored = Instant.now();

                assertThat(minor).as("a minor's invitation needs the database").isInstanceOf(SvGroupsException.Refused.class)
                        .hasMessageContaining("cannot be checked right now");
                assertThat(adult).as("so do the rules for an adult").isInstanceOf(SvGroupsException.Refused.class)
                        .hasMessageContaining("cannot be checked right now");
                assertThat(history).as("the archive needs the database").isInstanceOf(SvGroupsException.Refused.class)
                        .hasMessageContaining("cannot be read right now");
                Thread.sleep(3_000);
                acknowledged = talk.stop();
            }

            long during = acknowledged.stream().filter(a -> a.at().isAfter(cut) && a.at().isBefore(restored)).count();
            System.out.printf("OutageIT: %d messages acknowledged in all, %d during the %d s outage%n",
                    acknowledged.size(), during, OUTAGE.toSeconds());
            assertThat(during).as("messages acknowledged during the outage").isPositive();

            // Back: the archive has every acknowledged message, and what was refused can be done now.
            Set<String> archived = ArchivedHistory.allIds(alice, group);
            assertThat(acknowledged).extracting(Talker.Acknowledged::id).allMatch(archived::contains);
            // tess is still 17: a birthdate that failed to load during the outage is not forgotten.
            alice.invite(group, "tess", "join us");
            try (SvGroupsClient tess = Users.connect("tess")) {
                assertThat(tess.invitations().receivedFor(group)).isPresent();
            }
            alice.invite(group, "carol", "join us");
        }
        // What was admitted is what the database holds: the same after a restart.
        server.restart();
        try (SvGroupsClient alice = Users.connect("alice")) {
            assertThat(Members.of(alice, group)).containsEntry(Members.jid("bob"), MUCAffiliation.member)
                    .containsEntry(Members.jid("carol"), MUCAffiliation.member)
                    .doesNotContainKey(Members.jid("tess"));
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    /** What a call threw, or null when it returned. */
    private static Throwable outcome(Call call) {
        try {
            call.run();
            return null;
        } catch (Exception e) {
            return e;
        }
    }
}
