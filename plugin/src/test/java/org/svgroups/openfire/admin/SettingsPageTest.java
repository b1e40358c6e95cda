package org.svgroups.openfire.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.svgroups.core.settings.Setting;
import org.svgroups.core.settings.SettingsForm;
import org.svgroups.openfire.admin.SettingsPage.FieldView;
import org.svgroups.openfire.admin.SettingsPage.SectionView;

class SettingsPageTest {

    private final FakeSettingsBackend backend = new FakeSettingsBackend();
    private final SettingsPage page = new SettingsPage(backend);

    /** The form as the page would submit it unchanged: every input's value, checked boxes only. */
    private Map<String, String> shownForm() {
        Map<String, String> form = new HashMap<>();
        for (SectionView section : new SettingsPage(backend).getSections()) {
            for (FieldView field : section.getFields()) {
                if (field.getInput().equals("checkbox")) {
                    if (field.isChecked()) {
                        form.put(field.getName(), "on");
                    }
                } else {
                    form.put(field.getName(), field.getValue());
                }
            }
        }
        return form;
    }

    private FieldView field(SettingsPage page, String name) {
        return page.getSections().stream().flatMap(s -> s.getFields().stream())
                .filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theFieldsAreGroupedInEightSectionsWithEverySettingOnce() {
        List<SectionView> sections = page.getSections();
        assertThat(sections).extracting(SectionView::getTitleKey).containsExactly("svgroups.settings.section.groups",
                "svgroups.settings.section.age", "svgroups.settings.section.friends",
                "svgroups.settings.section.invitations", "svgroups.settings.section.links", "svgroups.settings.section.sharing",
                "svgroups.settings.section.archive", "svgroups.settings.section.reports", "svgroups.settings.section.notify");
        assertThat(sections.stream().flatMap(s -> s.getFields().stream()).map(FieldView::getName))
                .containsExactlyElementsOf(SettingsForm.ALL.stream().map(Setting::key).toList());
        assertThat(sections.get(0).getFields()).extracting(FieldView::getName)
                .containsExactly("svgroups.service.subdomain", "svgroups.group.member-cap", "svgroups.bookmarks.enabled");
    }

    @Test
    void eachFieldShowsItsCurrentValueDefaultAndDescription() {
        backend.values.put(SettingsForm.INVITATION_LIFETIME, Duration.ofHours(48));
        backend.values.put(SettingsForm.REFUSE_UNREADABLE, true);

        FieldView lifetime = field(page, "svgroups.invitation.lifetime");
        assertThat(lifetime.getInput()).isEqualTo("number");
        assertThat(lifetime.getValue()).isEqualTo("48");
        assertThat(lifetime.getCurrent()).isEqualTo("48");
        assertThat(lifetime.getCurrentKey()).isNull();
        assertThat(lifetime.getDefaultValue()).isEqualTo("168");
        assertThat(lifetime.getUnitKey()).isEqualTo("svgroups.settings.unit.hours");
        assertThat(lifetime.getMin()).isEqualTo(1);
        assertThat(lifetime.getMax()).isEqualTo(8760);
        assertThat(lifetime.getDescriptionKey()).isEqualTo("system_property.svgroups.invitation.lifetime");
        assertThat(lifetime.getLabelKey()).isEqualTo("svgroups.settings.label.invitation.lifetime");
        assertThat(lifetime.getError()).isNull();

        FieldView refuse = field(page, "svgroups.share.refuse-unreadable");
        assertThat(refuse.getInput()).isEqualTo("checkbox");
        assertThat(refuse.isChecked()).isTrue();
        assertThat(refuse.getCurrentKey()).isEqualTo("svgroups.settings.yes");
        assertThat(refuse.getDefaultKey()).isEqualTo("svgroups.settings.no");

        FieldView catalogue = field(page, "svgroups.share.catalogue.url");
        assertThat(catalogue.getInput()).isEqualTo("text");
        assertThat(catalogue.getCurrentKey()).isEqualTo("svgroups.settings.empty");
        assertThat(catalogue.getUnitKey()).isNull();

        FieldView source = field(page, "svgroups.friends.source");
        assertThat(source.getInput()).isEqualTo("select");
        assertThat(source.getChoices()).extracting(SettingsPage.ChoiceView::getValue).containsExactly("roster", "http");
        assertThat(source.getChoices()).extracting(SettingsPage.ChoiceView::isSelected).containsExactly(true, false);
        assertThat(source.getChoices()).extracting(SettingsPage.ChoiceView::getLabelKey)
                .containsExactly("svgroups.settings.label.friends.source.roster", "svgroups.settings.label.friends.source.http");
    }

    @Test
    void aValidFormSetsOnlyWhatChangedAndLogsOneEventWithOldAndNewValues() {
        Map<String, String> form = shownForm();
        form.put("svgroups.group.member-cap", "40");
        form.put("svgroups.invitation.lifetime", "24");
        form.put("svgroups.friends.source", "http");
        form.put("svgroups.friends.http.url", "https://app.example/m?a={a}&b={b}");
        form.remove("svgroups.age.unknown-allowed");
        form.put("svgroups.share.origins", "Video.Example video.example");

        page.submit(form, "token", "token");

        assertThat(page.isSaved()).isTrue();
        assertThat(page.getErrors()).isEmpty();
        assertThat(backend.writes).containsExactly("svgroups.group.member-cap", "svgroups.age.unknown-allowed",
                "svgroups.friends.source", "svgroups.friends.http.url", "svgroups.invitation.lifetime",
                "svgroups.share.origins");
        assertThat(page.getChanged()).isEqualTo(backend.writes);
        assertThat(backend.values.get(SettingsForm.MEMBER_CAP)).isEqualTo(40);
        assertThat(backend.values.get(SettingsForm.INVITATION_LIFETIME)).isEqualTo(Duration.ofHours(24));
        assertThat(backend.values.get(SettingsForm.UNKNOWN_BIRTHDATE_ALLOWED)).isEqualTo(false);
        assertThat(backend.values.get(SettingsForm.SHARE_ORIGINS)).isEqualTo("video.example");

        assertThat(backend.audits).hasSize(1);
        assertThat(backend.audits.get(0)[0]).isEqualTo("svgroups settings changed");
        assertThat(backend.audits.get(0)[1]).isEqualTo("svgroups.group.member-cap: 32 → 40; "
                + "svgroups.age.unknown-allowed: true → false; "
                + "svgroups.friends.source: \"roster\" → \"http\"; "
                + "svgroups.friends.http.url: \"\" → \"https://app.example/m?a={a}&b={b}\"; "
                + "svgroups.invitation.lifetime: 168 hours → 24 hours; "
                + "svgroups.share.origins: \"\" → \"video.example\"");

        // The page now shows the stored values.
        assertThat(field(page, "svgroups.group.member-cap").getValue()).isEqualTo("40");
        assertThat(field(page, "svgroups.share.origins").getValue()).isEqualTo("video.example");
    }

    @Test
    void theSecretIsNeverShownNorEchoedAndOnlyItsChangeIsLogged() {
        FieldView empty = field(page, "svgroups.notify.secret");
        assertThat(empty.getInput()).isEqualTo("password");
        assertThat(empty.getCurrentKey()).isEqualTo("svgroups.settings.empty");

        Map<String, String> form = shownForm();
        form.put("svgroups.notify.url", "https://app.example/wake");
        form.put("svgroups.notify.secret", "s3cr3t-value");
        page.submit(form, "t", "t");

        assertThat(page.getErrors()).isEmpty();
        assertThat(backend.values.get(SettingsForm.NOTIFY_SECRET)).isEqualTo("s3cr3t-value");
        assertThat(backend.audits.get(0)[1]).isEqualTo(
                "svgroups.notify.url: \"\" → \"https://app.example/wake\"; svgroups.notify.secret: changed");
        SettingsPage after = new SettingsPage(backend);
        FieldView secret = field(after, "svgroups.notify.secret");
        assertThat(secret.getValue()).isEmpty();
        assertThat(secret.getCurrent()).doesNotContain("s3cr3t");
        assertThat(secret.getCurrentKey()).isEqualTo("svgroups.settings.secret-set");

        // Saved again as shown (the secret field blank), the stored secret stays.
        SettingsPage again = new SettingsPage(backend);
        again.submit(shownForm(), "t", "t");
        assertThat(again.getChanged()).isEmpty();
        assertThat(backend.values.get(SettingsForm.NOTIFY_SECRET)).isEqualTo("s3cr3t-value");

        // A refused form does not show the submitted secret back either.
        Map<String, String> refused = shownForm();
        refused.put("svgroups.notify.secret", "another-secret");
        refused.put("svgroups.group.member-cap", "1");
        SettingsPage wrong = new SettingsPage(backend);
        wrong.submit(refused, "t", "t");
        assertThat(wrong.getErrors()).containsKey("svgroups.group.member-cap");
        assertThat(field(wrong, "svgroups.notify.secret").getValue()).isEmpty();
    }

    @Test
    void aNotifyUrlWithoutAnySecretIsRefusedNextToTheSecret() {
        Map<String, String> form = shownForm();
        form.put("svgroups.notify.url", "https://app.example/wake");

        page.submit(form, "t", "t");

        assertThat(page.isSaved()).isFalse();
        assertThat(page.getErrors()).containsOnlyKeys("svgroups.notify.secret");
        assertThat(page.getErrors().get("svgroups.notify.secret")).isEqualTo("svgroups.settings.error.secret-required[]");
        assertThat(backend.writes).isEmpty();
    }

    @Test
    void aValidFormThatChangesNothingWritesAndLogsNothing() {
        page.submit(shownForm(), "t", "t");

        assertThat(page.isSaved()).isTrue();
        assertThat(page.getChanged()).isEmpty();
        assertThat(backend.writes).isEmpty();
        assertThat(backend.audits).isEmpty();
    }

    @Test
    void anInvalidFormChangesNothingAndShowsEachMessageNextToItsFieldWithTheSubmittedValues() {
        Map<String, String> form = shownForm();
        form.put("svgroups.group.member-cap", "40");
        form.put("svgroups.age.minimum", "20");
        form.put("svgroups.share.origins", "video.example, https://bad.example");
        form.put("svgroups.friends.http.timeout", "10");
        form.put("svgroups.share.refuse-unreadable", "on");

        page.submit(form, "t", "t");

        assertThat(page.isSaved()).isFalse();
        assertThat(backend.writes).isEmpty();
        assertThat(backend.audits).isEmpty();
        assertThat(page.getErrors()).containsOnlyKeys("svgroups.age.consent", "svgroups.share.origins",
                "svgroups.friends.http.timeout");
        assertThat(field(page, "svgroups.age.consent").getError())
                .isEqualTo("svgroups.settings.error.consent-below-minimum[20]");
        assertThat(field(page, "svgroups.share.origins").getError())
                .isEqualTo("svgroups.settings.error.host[https://bad.example]");
        assertThat(field(page, "svgroups.friends.http.timeout").getError())
                .isEqualTo("svgroups.settings.error.duration.millis[50, 30000]");
        assertThat(field(page, "svgroups.group.member-cap").getError()).isNull();

        // What was typed stays in the fields; current values still show what is stored.
        FieldView cap = field(page, "svgroups.group.member-cap");
        assertThat(cap.getValue()).isEqualTo("40");
        assertThat(cap.getCurrent()).isEqualTo("32");
        assertThat(field(page, "svgroups.share.origins").getValue()).isEqualTo("video.example, https://bad.example");
        assertThat(field(page, "svgroups.share.refuse-unreadable").isChecked()).isTrue();
        assertThat(field(page, "svgroups.share.refuse-unreadable").getCurrentKey()).isEqualTo("svgroups.settings.no");
        assertThat(field(page, "svgroups.age.unknown-allowed").isChecked()).isTrue();
    }

    @Test
    void aFormWithoutTheRightCsrfTokenChangesNothing() {
        Map<String, String> form = shownForm();
        form.put("svgroups.group.member-cap", "40");
        for (String[] tokens : new String[][] {{null, "t"}, {"t", null}, {"t", "u"}, {"", ""}, {null, null}}) {
            SettingsPage refused = new SettingsPage(backend);
            refused.submit(form, tokens[0], tokens[1]);
            assertThat(refused.isSaved()).isFalse();
            assertThat(refused.getErrors()).containsOnlyKeys("csrf");
            assertThat(refused.getErrors().get("csrf")).isEqualTo("svgroups.settings.error.csrf[]");
            assertThat(field(refused, "svgroups.group.member-cap").getValue()).isEqualTo("40");
        }
        assertThat(backend.writes).isEmpty();
        assertThat(backend.audits).isEmpty();
    }

    @Test
    void tokensMatchOnlyWhenBothArePresentAndEqual() {
        assertThat(SettingsPage.tokensMatch("abc", "abc")).isTrue();
        assertThat(SettingsPage.tokensMatch("abc", "abd")).isFalse();
        assertThat(SettingsPage.tokensMatch("abc", "ab")).isFalse();
        assertThat(SettingsPage.tokensMatch("", "")).isFalse();
        assertThat(SettingsPage.tokensMatch(null, "abc")).isFalse();
        assertThat(SettingsPage.tokensMatch("abc", null)).isFalse();
    }

    @Test
    void theFormIsReadFieldByFieldAndAnUncheckedBoxIsAbsent() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getParameter("svgroups.group.member-cap")).thenReturn("12");
        when(request.getParameter("svgroups.share.refuse-unreadable")).thenReturn("on");
        when(request.getParameter("unrelated")).thenReturn("x");

        assertThat(SettingsPage.formOf(request)).containsOnly(Map.entry("svgroups.group.member-cap", "12"),
                Map.entry("svgroups.share.refuse-unreadable", "on"));
    }
}
