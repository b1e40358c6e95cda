package org.svgroups.openfire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.people.AgeGroup;
import org.svgroups.openfire.UserGroup;

class UsersPageTest {

    /** Users and their birthdate properties in a map, with every write and audit event recorded. */
    static final class FakeUsersBackend extends RecordingConsole implements UsersBackend {

        /** Username → the groups they are in. */
        final Map<String, List<UserGroup>> groups = new HashMap<>();

        @Override
        public List<UserGroup> groups(String username) {
            return groups.getOrDefault(username, List.of());
        }

        /** Username → stored birthdate (null: not set); absent: no such user. */
        final Map<String, String> users = new HashMap<>();
        final List<String> writes = new ArrayList<>();
        GroupSettings settings = FixedGroupSettings.defaults();
        final Clock clock = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);

        @Override
        public String birthdate(String username) throws NoSuchUserException {
            if (!users.containsKey(username)) {
                throw new NoSuchUserException(username);
            }
            return users.get(username);
        }

        @Override
        public void setBirthdate(String username, String value) throws NoSuchUserException {
            if (!users.containsKey(username)) {
                throw new NoSuchUserException(username);
            }
            writes.add(username + "=" + value);
            users.put(username, value);
        }

        @Override
        public GroupSettings settings() {
            return settings;
        }

        @Override
        public Clock clock() {
            return clock;
        }
    }

    private final FakeUsersBackend backend = new FakeUsersBackend();
    private final UsersPage page = new UsersPage(backend);

    UsersPageTest() {
        backend.users.put("alice", "2000-01-31");
        backend.users.put("bob", null);
    }

    @Test
    void nothingIsLookedUpWithoutAName() {
        page.lookUp("  ");
        assertThat(page.getUsername()).isNull();
        assertThat(page.isFound()).isFalse();
        assertThat(page.getNotFound()).isNull();
    }

    @Test
    void anUnknownUserGetsAClearMessage() {
        page.lookUp("zoe");
        assertThat(page.isFound()).isFalse();
        assertThat(page.getNotFound()).isEqualTo("svgroups.users.error.not-found[zoe]");
    }

    @Test
    void aUserIsShownWithBirthdateAgeAndAgeGroup() {
        page.lookUp(" Alice ");
        assertThat(page.isFound()).isTrue();
        assertThat(page.getUsername()).isEqualTo("alice");
        assertThat(page.getBirthdate()).isEqualTo("2000-01-31");
        assertThat(page.getBirthdateValue()).isEqualTo("2000-01-31");
        assertThat(page.isBirthdateMalformed()).isFalse();
        assertThat(page.getAge()).isEqualTo(26);
        assertThat(page.getAgeGroup()).isEqualTo(AgeGroup.ADULT);
        assertThat(page.isMayUseGroups()).isTrue();
        assertThat(page.getAgeGroupText()).isEqualTo("svgroups.users.age-group.adult[16, 18]");
    }

    @Test
    void theAgeGroupFollowsTheSettings() {
        backend.users.put("carol", "2010-06-16"); // 16 tomorrow
        page.lookUp("carol");
        assertThat(page.getAge()).isEqualTo(15);
        assertThat(page.getAgeGroup()).isEqualTo(AgeGroup.UNDER_AGE);
        assertThat(page.isMayUseGroups()).isFalse();

        backend.users.put("dave", "2009-06-15"); // 17 today
        UsersPage dave = new UsersPage(backend);
        dave.lookUp("dave");
        assertThat(dave.getAgeGroup()).isEqualTo(AgeGroup.MINOR);
        assertThat(dave.getAgeGroupText()).startsWith("svgroups.users.age-group.minor");
    }

    @Test
    void aMissingBirthdateIsUnknownAndTheSettingSaysHowItCounts() {
        page.lookUp("bob");
        assertThat(page.getBirthdate()).isNull();
        assertThat(page.getBirthdateValue()).isEmpty();
        assertThat(page.getAge()).isNull();
        assertThat(page.getAgeGroup()).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(page.getAgeGroupText()).startsWith("svgroups.users.age-group.unknown.allowed");

        backend.settings = FixedGroupSettings.defaults().withUnknownBirthdateAllowed(false);
        UsersPage strict = new UsersPage(backend);
        strict.lookUp("bob");
        assertThat(strict.isMayUseGroups()).isFalse();
        assertThat(strict.getAgeGroupText()).startsWith("svgroups.users.age-group.unknown.refused");
    }

    @Test
    void aMalformedStoredBirthdateIsShownAndCountsAsUnknown() {
        backend.users.put("erin", "31/01/2000");
        page.lookUp("erin");
        assertThat(page.getBirthdate()).isEqualTo("31/01/2000");
        assertThat(page.isBirthdateMalformed()).isTrue();
        assertThat(page.getAgeGroup()).isEqualTo(AgeGroup.UNKNOWN);
    }

    @Test
    void aValidBirthdateIsSavedAndLogged() {
        page.submit("bob", " 2001-04-23 ", "t", "t");
        assertThat(page.getErrors()).isEmpty();
        assertThat(page.isSaved()).isTrue();
        assertThat(page.isChanged()).isTrue();
        assertThat(backend.users.get("bob")).isEqualTo("2001-04-23");
        assertThat(backend.audits).singleElement().satisfies(a -> {
            assertThat(a[0]).isEqualTo("svgroups birthdate changed");
            assertThat(a[1]).isEqualTo("bob: not set → 2001-04-23");
        });
        assertThat(page.getBirthdate()).isEqualTo("2001-04-23");
        assertThat(page.getAgeGroup()).isEqualTo(AgeGroup.ADULT);
    }

    @Test
    void anEmptyValueClearsTheBirthdate() {
        page.submit("alice", "", "t", "t");
        assertThat(page.isSaved()).isTrue();
        assertThat(page.isChanged()).isTrue();
        assertThat(backend.users).containsEntry("alice", null);
        assertThat(backend.audits).singleElement().satisfies(a -> assertThat(a[1]).isEqualTo("alice: 2000-01-31 → not set"));
        assertThat(page.getAgeGroup()).isEqualTo(AgeGroup.UNKNOWN);
    }

    @Test
    void theSameValueChangesNothingAndLogsNothing() {
        page.submit("alice", "2000-01-31", "t", "t");
        assertThat(page.isSaved()).isTrue();
        assertThat(page.isChanged()).isFalse();
        assertThat(backend.writes).isEmpty();
        assertThat(backend.audits).isEmpty();
    }

    @Test
    void refusedValuesChangeNothingAndGetAMessageNextToTheField() {
        Map<String, String> expected = Map.of(
                "23/04/2001", "svgroups.users.error.format[23/04/2001]",
                "2001-02-30", "svgroups.users.error.format[2001-02-30]",
                "2001-4-3", "svgroups.users.error.format[2001-4-3]",
                "+2001-04-23", "svgroups.users.error.format[+2001-04-23]",
                "2026-06-16", "svgroups.users.error.future[2026-06-15]",
                "1899-12-31", "svgroups.users.error.too-early[1900]");
        expected.forEach((value, message) -> {
            UsersPage refused = new UsersPage(backend);
            refused.submit("alice", value, "t", "t");
            assertThat(refused.getErrors()).as(value).containsExactly(Map.entry("birthdate", message));
            assertThat(refused.isSaved()).isFalse();
            assertThat(refused.getBirthdateValue()).isEqualTo(value);
            assertThat(refused.getBirthdate()).isEqualTo("2000-01-31");
        });
        assertThat(backend.writes).isEmpty();
        assertThat(backend.audits).isEmpty();

        UsersPage edge = new UsersPage(backend);
        edge.submit("alice", "1900-01-01", "t", "t");
        assertThat(edge.getErrors()).isEmpty();
        UsersPage today = new UsersPage(backend);
        today.submit("alice", "2026-06-15", "t", "t");
        assertThat(today.getErrors()).isEmpty();
        assertThat(today.getAgeGroup()).isEqualTo(AgeGroup.UNDER_AGE);
    }

    @Test
    void aFormWithoutTheMatchingCsrfTokenChangesNothing() {
        page.submit("alice", "2001-04-23", "cookie", "other");
        assertThat(page.getErrors()).containsOnlyKeys("csrf");
        assertThat(page.isSaved()).isFalse();
        assertThat(page.getBirthdateValue()).isEqualTo("2001-04-23");
        new UsersPage(backend).submit("alice", "2001-04-23", null, null);
        assertThat(backend.writes).isEmpty();
        assertThat(backend.audits).isEmpty();
    }

    @Test
    void aFormForAUserThatIsGoneSaysSo() {
        page.submit("zoe", "2001-04-23", "t", "t");
        assertThat(page.isFound()).isFalse();
        assertThat(page.isSaved()).isFalse();
        assertThat(page.getNotFound()).isEqualTo("svgroups.users.error.not-found[zoe]");
        assertThat(backend.writes).isEmpty();
    }

    @Test
    void theGroupsOfAUserFoundAreListedAndNoneForAUserNotFound() {
        FakeUsersBackend backend = new FakeUsersBackend();
        backend.users.put("bob", null);
        backend.groups.put("bob", List.of(new UserGroup("crew@groups.example.org", "Dance crew", "member", 3)));

        UsersPage found = new UsersPage(backend);
        found.lookUp("Bob");
        UsersPage missing = new UsersPage(backend);
        missing.lookUp("zoe");

        assertThat(found.getGroups()).extracting(UserGroup::name).containsExactly("Dance crew");
        assertThat(missing.getGroups()).isEmpty();
    }
}
