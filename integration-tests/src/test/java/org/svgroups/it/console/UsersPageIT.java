package org.svgroups.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.it.RealOpenfire;
import org.svgroups.it.Users;

/** The plugin's users page: looks a user up, shows and sets their birthdate and age group, refuses bad dates. */
@AdminConsole
class UsersPageIT {

    static final String PAGE = "svgroups-users.jsp";
    /** An adult with no birthdate whom no other test gives one; the page's changes are undone after each test. */
    private static final String USER = RealOpenfire.STRANGER;
    private static final String BIRTHDATE = "birthdate";

    @AfterEach
    void clearTheBirthdate(ConsoleBrowser console) {
        lookUp(console, USER);
        if (!console.value(BIRTHDATE).isEmpty()) {
            console.fill(BIRTHDATE, "");
            console.submit("save");
        }
    }

    @Test
    void looksAUserUpAndSetsTheirBirthdate(ConsoleBrowser console) {
        lookUp(console, USER);
        assertThat(console.heading()).isEqualTo("Short-Video Groups: Users");
        assertThat(console.missingMessages()).isEmpty();
        assertThat(console.pageText()).contains("User " + USER, "Birthdate: not set",
                "Age group for groups: unknown (no birthdate): treated as an adult", "Not in any group.");

        String adult = RealOpenfire.bornYearsAgo(30);
        console.fill(BIRTHDATE, adult);
        console.submit("save");
        assertThat(console.success()).contains("The birthdate was saved.");
        assertThat(console.pageText()).contains("Birthdate: " + adult + " (age 30)",
                "Age group for groups: adult (18 or older): enrolled when invited");
        console.screenshot("users");

        console.fill(BIRTHDATE, RealOpenfire.bornYearsAgo(17));
        console.submit("save");
        assertThat(console.pageText()).contains("(age 17)",
                "Age group for groups: minor (16 to under 18): joins only by accepting an invitation");

        console.fill(BIRTHDATE, RealOpenfire.bornYearsAgo(15));
        console.submit("save");
        assertThat(console.pageText()).contains("Age group for groups: under age (under 16): no groups at all");

        lookUp(console, USER);
        assertThat(console.value(BIRTHDATE)).isEqualTo(RealOpenfire.bornYearsAgo(15));

        assertThat(console.auditLog("svgroups birthdate changed")).first().satisfies(event ->
                assertThat(event.details()).isEqualTo(USER + ": " + RealOpenfire.bornYearsAgo(17) + " → " + RealOpenfire.bornYearsAgo(15)));
    }

    @Test
    void showsTheGroupsAUserIsIn(ConsoleBrowser console) throws Exception {
        String jid;
        try (SvGroupsClient bob = Users.connect("bob")) {
            jid = bob.createGroup("Listed on the users page", List.of("dave")).jid().toString();
        }

        lookUp(console, "dave");

        List<String> row = console.tableRows().stream().filter(cells -> cells.contains(jid)).findFirst().orElseThrow();
        assertThat(row).containsExactly("Listed on the users page", jid, "member", "2");
        assertThat(console.pageText()).contains("Name", "Address", "Affiliation", "Members").doesNotContain("Not in any group.");
    }

    @Test
    void refusesADateThatIsNotOneNextToTheFieldAndKeepsTheStoredOne(ConsoleBrowser console) {
        String[][] refused = {
                {"2001-02-30", "“2001-02-30” is not a date: enter it as YYYY-MM-DD, for example 2001-04-23."},
                {"23/04/2001", "“23/04/2001” is not a date"},
                {LocalDate.now(ZoneOffset.UTC).plusYears(1).toString(), "A birthdate cannot be in the future"},
                {"1899-12-31", "A birthdate cannot be before 1900"},
        };
        for (String[] attempt : refused) {
            lookUp(console, USER);
            console.fill(BIRTHDATE, attempt[0]);
            console.submit("save");

            assertThat(console.success()).isEmpty();
            assertThat(console.error()).contains("Nothing was saved: correct the value marked below.");
            assertThat(console.fieldError(BIRTHDATE)).hasValueSatisfying(text -> assertThat(text).startsWith(attempt[1]));
            assertThat(console.value(BIRTHDATE)).isEqualTo(attempt[0]);
            assertThat(console.pageText()).contains("Birthdate: not set");
        }
        console.screenshot("users-refused");
    }

    @Test
    void refusesAFormWithAForgedCsrfToken(ConsoleBrowser console) {
        lookUp(console, USER);
        console.fill(BIRTHDATE, RealOpenfire.bornYearsAgo(30));
        console.setInput("csrf", "forged");
        console.submit("save");

        assertThat(console.error()).hasValueSatisfying(text -> assertThat(text)
                .isEqualTo("The form had expired: nothing was saved. Please submit it again."));
        lookUp(console, USER);
        assertThat(console.pageText()).contains("Birthdate: not set");
    }

    @Test
    void saysWhenThereIsNoSuchUser(ConsoleBrowser console) {
        lookUp(console, "nobody-here");

        assertThat(console.error()).contains("There is no user “nobody-here” on this server.");
        assertThat(console.hasField(BIRTHDATE)).isFalse();
    }

    private static void lookUp(ConsoleBrowser console, String username) {
        console.open(PAGE);
        console.fill("username", username);
        console.submitFormOf("username");
    }
}
