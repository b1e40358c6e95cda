package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.group.MemberSinceStore;
import org.svgroups.openfire.admin.GroupDirectory;
import org.svgroups.openfire.admin.GroupRow;
import org.xmpp.packet.JID;

/**
 * The recorder with a real group service over a mocked Openfire room (the edge), an in-memory store and a thread
 * turned by hand: "crew" has alice (owner) and bob (member).
 */
class MemberSinceRecorderTest {

    private static final String SERVICE = "groups.example.org";
    private static final String CREW = "crew@" + SERVICE;
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final MUCRoom room = mock(MUCRoom.class);
    private final List<JID> members = new ArrayList<>(List.of(new JID("bob@example.org")));
    private final Map<String, Map<String, Instant>> recorded = new TreeMap<>();
    private final Map<String, Set<String>> directoryMemberships = new HashMap<>();
    private final ManualScheduler thread = new ManualScheduler();
    private Instant now = T0;
    private RuntimeException failure;
    private final MemberSinceRecorder recorder;

    MemberSinceRecorderTest() {
        MultiUserChatService service = mock(MultiUserChatService.class);
        when(service.getServiceDomain()).thenReturn(SERVICE);
        when(service.getChatRoom("crew")).thenReturn(room);
        when(room.getOwners()).thenReturn(List.of(new JID("alice@example.org")));
        when(room.getAdmins()).thenReturn(List.of());
        when(room.getMembers()).thenAnswer(invocation -> List.copyOf(members));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        GroupDirectory directory = new MembershipsOnly();
        recorder = new MemberSinceRecorder(new GroupService(service, FixedGroupSettings.defaults()), directory, store,
                clock, thread);
    }

    @Test
    void aNewMemberIsRecordedAtTheMomentOfTheChangeNotWhenTheThreadGetsToIt() {
        recorder.membersChanged(CREW, List.of("bob@example.org"));
        now = T0.plus(Duration.ofMinutes(5));
        thread.runReady();

        assertThat(store.since(CREW, "bob@example.org")).contains(T0);
    }

    @Test
    void aMomentNotYetWrittenIsReadAsItWillBeWritten() {
        recorder.membersChanged(CREW, List.of("bob@example.org"));
        now = T0.plus(Duration.ofMinutes(5));

        assertThat(store.since(CREW, "bob@example.org")).isEmpty();
        assertThat(recorder.since(CREW, "bob@example.org")).contains(T0);
        thread.runReady();
        assertThat(recorder.since(CREW, "bob@example.org")).contains(T0);
    }

    @Test
    void aRecordedMomentWinsOverANewChangeThatKeepsSomeoneInTheGroup() {
        store.recordIfAbsent(CREW, "bob@example.org", T0.minusSeconds(3600));

        recorder.membersChanged(CREW, List.of("bob@example.org"));
        recorder.groupChanged(CREW);

        assertThat(recorder.since(CREW, "bob@example.org")).contains(T0.minusSeconds(3600));
    }

    @Test
    void aWholeGroupChangeNotYetWrittenCountsForItsNewcomers() {
        recorder.groupChanged(CREW);

        assertThat(recorder.since(CREW, "alice@example.org")).contains(T0);
        thread.runReady();
        now = T0.plusSeconds(60);
        assertThat(recorder.since(CREW, "alice@example.org")).contains(T0);
        assertThat(recorder.since(CREW, "carol@example.org")).isEmpty();
    }

    @Test
    void aFailedWriteIsNoLongerOnItsWay() {
        failure = new IllegalStateException("database down");
        recorder.membersChanged(CREW, List.of("bob@example.org"));
        thread.runReady();

        assertThat(recorder.since(CREW, "bob@example.org")).isEmpty();
    }

    @Test
    void leavingForgetsTheMomentAndComingBackCountsFromTheReturn() {
        recorder.membersChanged(CREW, List.of("bob@example.org"));
        thread.runReady();
        members.clear();
        recorder.membersChanged(CREW, List.of("bob@example.org"));
        thread.runReady();
        assertThat(store.since(CREW, "bob@example.org")).isEmpty();

        now = T0.plus(Duration.ofDays(1));
        members.add(new JID("bob@example.org"));
        recorder.membersChanged(CREW, List.of("bob@example.org"));
        thread.runReady();

        assertThat(store.since(CREW, "bob@example.org")).contains(T0.plus(Duration.ofDays(1)));
    }

    @Test
    void aChangeThatKeepsSomeoneInTheGroupKeepsTheirMoment() {
        recorder.membersChanged(CREW, List.of("bob@example.org"));
        thread.runReady();
        now = T0.plus(Duration.ofHours(1));

        recorder.membersChanged(CREW, List.of("bob@example.org"));
        recorder.groupChanged(CREW);
        thread.runReady();

        assertThat(store.since(CREW, "bob@example.org")).contains(T0);
    }

    @Test
    void aGroupChangeRecordsNewcomersAndForgetsThoseWhoLeft() {
        store.recordIfAbsent(CREW, "carol@example.org", T0.minusSeconds(60));

        recorder.groupChanged(CREW);
        thread.runReady();

        assertThat(recorded.get(CREW)).isEqualTo(Map.of("alice@example.org", T0, "bob@example.org", T0));
    }

    @Test
    void aDissolvedGroupIsForgotten() {
        store.recordIfAbsent(CREW, "bob@example.org", T0);
        store.recordIfAbsent("other@" + SERVICE, "bob@example.org", T0);

        recorder.groupDissolved(CREW);
        thread.runReady();

        assertThat(recorded).containsOnlyKeys("other@" + SERVICE);
    }

    @Test
    void loadingPutsEveryGroupInLineAndDropsGroupsThatAreGone() {
        directoryMemberships.put(CREW, Set.of("alice@example.org", "bob@example.org"));
        store.recordIfAbsent(CREW, "bob@example.org", T0.minusSeconds(3600));
        store.recordIfAbsent(CREW, "carol@example.org", T0.minusSeconds(3600));
        store.recordIfAbsent("gone@" + SERVICE, "bob@example.org", T0.minusSeconds(3600));

        recorder.reconcileEveryone();
        thread.runReady();

        assertThat(recorded).isEqualTo(Map.of(CREW,
                Map.of("alice@example.org", T0, "bob@example.org", T0.minusSeconds(3600))));
    }

    @Test
    void aFailureIsLoggedAndLeavesTheThreadRunning() {
        failure = new IllegalStateException("database down");
        recorder.membersChanged(CREW, List.of("bob@example.org"));
        thread.runReady();
        failure = null;

        recorder.membersChanged(CREW, List.of("bob@example.org"));
        thread.runReady();

        assertThat(store.since(CREW, "bob@example.org")).contains(T0);
    }

    private final MemberSinceStore store = new MemberSinceStore() {
        @Override
        public Optional<Instant> since(String group, String user) {
            return Optional.ofNullable(recorded.getOrDefault(group, Map.of()).get(user));
        }

        @Override
        public boolean recordIfAbsent(String group, String user, Instant since) {
            if (failure != null) {
                throw failure;
            }
            return recorded.computeIfAbsent(group, g -> new TreeMap<>()).putIfAbsent(user, since) == null;
        }

        @Override
        public Set<String> usersOf(String group) {
            return Set.copyOf(recorded.getOrDefault(group, Map.of()).keySet());
        }

        @Override
        public Set<String> groups() {
            return Set.copyOf(recorded.keySet());
        }

        @Override
        public void forget(String group, String user) {
            Map<String, Instant> users = recorded.get(group);
            if (users != null) {
                users.remove(user);
                if (users.isEmpty()) {
                    recorded.remove(group);
                }
            }
        }

        @Override
        public void forgetGroup(String group) {
            recorded.remove(group);
        }
    };

    /** The directory's view of every group's members; nothing else of it is read here. */
    private final class MembershipsOnly implements GroupDirectory {
        @Override
        public Map<String, Set<String>> memberships() {
            return directoryMemberships;
        }

        @Override
        public List<GroupRow> groups() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> groupsOf(String bareJid) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> groupsWithMember(String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ItemShares> sharesOf(String groupJid, LocalDate from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<LocalDate, Long> sharesPerDay(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ItemShares> mostShared(LocalDate from, LocalDate to, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
