package org.svgroups.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.svgroups.core.settings.Setting.Section;
import org.svgroups.core.settings.SettingsForm.Result;
import org.svgroups.core.settings.SettingsForm.SettingError;

class SettingsFormTest {

    /** A form with every setting at its default, as the page submits it (checked boxes as "on"). */
    private static Map<String, String> defaults() {
        Map<String, String> form = new HashMap<>();
        for (Setting<?> setting : SettingsForm.ALL) {
            if (setting.kind() == Setting.Kind.BOOLEAN) {
                if ((Boolean) setting.defaultValue()) {
                    form.put(setting.key(), "on");
                }
            } else {
                form.put(setting.key(), setting.toText(setting.defaultValue()));
            }
        }
        return form;
    }

    private static Result with(String key, String value) {
        Map<String, String> form = defaults();
        form.put(key, value);
        return SettingsForm.validate(form);
    }

    private static SettingError errorWith(String key, String value) {
        Result result = with(key, value);
        assertThat(result.isValid()).as("%s=%s", key, value).isFalse();
        assertThat(result.errors()).containsOnlyKeys(key);
        assertThat(result.values()).isEmpty();
        return result.errors().get(key);
    }

    @Test
    void everySettingIsListedOnceWithASectionAndItsSystemPropertysDescription() {
        assertThat(SettingsForm.ALL).hasSize(37);
        assertThat(SettingsForm.ALL).extracting(Setting::key).doesNotHaveDuplicates().allMatch(k -> k.startsWith("svgroups."));
        assertThat(SettingsForm.MEMBER_CAP.descriptionKey()).isEqualTo("system_property.svgroups.group.member-cap");
        assertThat(SettingsForm.MEMBER_CAP.labelKey()).isEqualTo("svgroups.settings.label.group.member-cap");
        assertThat(SettingsForm.byKey("svgroups.age.consent")).isSameAs(SettingsForm.CONSENT_AGE);
        assertThat(SettingsForm.byKey("svgroups.nothing")).isNull();
        // Sections appear in order, each in one run.
        assertThat(SettingsForm.ALL).extracting(Setting::section).isSorted();
        assertThat(SettingsForm.ALL).extracting(Setting::section).contains(Section.values());
    }

    @Test
    void theDefaultsAreAValidFormAndGiveTypedValues() {
        Result result = SettingsForm.validate(defaults());
        assertThat(result.isValid()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).hasSize(SettingsForm.ALL.size());
        assertThat(result.value(SettingsForm.MEMBER_CAP)).isEqualTo(32);
        assertThat(result.value(SettingsForm.SUBDOMAIN)).isEqualTo("groups");
        assertThat(result.value(SettingsForm.INVITATION_LIFETIME)).isEqualTo(Duration.ofDays(7));
        assertThat(result.value(SettingsForm.FOLLOW_GRAPH_TIMEOUT)).isEqualTo(Duration.ofSeconds(2));
        assertThat(result.value(SettingsForm.FOLLOW_GRAPH_CACHE_LIFETIME)).isEqualTo(Duration.ofMinutes(10));
        assertThat(result.value(SettingsForm.CATALOGUE_CACHE_LIFETIME)).isEqualTo(Duration.ofMinutes(5));
        assertThat(result.value(SettingsForm.UNKNOWN_BIRTHDATE_ALLOWED)).isTrue();
        assertThat(result.value(SettingsForm.REFUSE_UNREADABLE)).isFalse();
        assertThat(result.value(SettingsForm.FRIENDS_SOURCE)).isEqualTo("roster");
        assertThat(result.value(SettingsForm.SHARE_ORIGINS)).isEmpty();
        assertThat(result.value(SettingsForm.CATALOGUE_URL)).isEmpty();
        for (Setting<?> setting : SettingsForm.ALL) {
            assertThat(result.values().get(setting)).as(setting.key()).isEqualTo(setting.defaultValue());
        }
    }

    @Test
    void anInvalidFormGivesNoValue() {
        Result result = with("svgroups.group.member-cap", "1");
        assertThatThrownBy(() -> result.value(SettingsForm.SUBDOMAIN)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "svgroups.group.member-cap, 2, 1000",
            "svgroups.age.minimum, 0, 99",
            "svgroups.age.consent, 0, 99",
            "svgroups.rate.groups-per-day, 1, 100000",
            "svgroups.rate.invitations-per-hour, 1, 100000",
            "svgroups.share.per-minute, 1, 10000"})
    void integersAreAcceptedAtTheirBoundsAndRefusedJustOutside(String key, long min, long max) {
        Map<String, String> form = defaults();
        if (key.equals("svgroups.age.minimum")) {
            form.put("svgroups.age.consent", "99");
        }
        if (key.equals("svgroups.age.consent")) {
            form.put("svgroups.age.minimum", "0");
        }
        Setting<?> setting = SettingsForm.byKey(key);
        for (String good : List.of(String.valueOf(min), String.valueOf(max), " " + max + " ")) {
            form.put(key, good);
            Result result = SettingsForm.validate(form);
            assertThat(result.errors()).as(good).isEmpty();
            assertThat(result.values().get(setting)).isEqualTo((int) Long.parseLong(good.strip()));
        }
        for (String bad : List.of(String.valueOf(min - 1), String.valueOf(max + 1), "", "  ", "x", "3.5", "1e3",
                "99999999999999999999")) {
            form.put(key, bad);
            Result result = SettingsForm.validate(form);
            assertThat(result.errors()).as(bad).containsOnlyKeys(key);
            assertThat(result.errors().get(key))
                    .isEqualTo(new SettingError("svgroups.settings.error.number", List.of(String.valueOf(min), String.valueOf(max))));
        }
        form.remove(key);
        assertThat(SettingsForm.validate(form).errors()).containsOnlyKeys(key);
    }

    @ParameterizedTest
    @CsvSource({
            "svgroups.invitation.lifetime, 1, 8760, hours, PT1H",
            "svgroups.friends.http.timeout, 50, 30000, millis, PT0.05S",
            "svgroups.friends.http.cache-lifetime, 1, 86400, seconds, PT1S",
            "svgroups.share.catalogue.timeout, 50, 30000, millis, PT0.05S",
            "svgroups.share.catalogue.cache-lifetime, 1, 86400, seconds, PT1S"})
    void durationsAreWholeNumbersOfTheirUnitWithinTheirRange(String key, long min, long max, String unit, String minDuration) {
        Setting<?> setting = SettingsForm.byKey(key);
        assertThat(setting.kind()).isEqualTo(Setting.Kind.DURATION);
        assertThat(setting.min()).isEqualTo(min);
        assertThat(setting.max()).isEqualTo(max);
        assertThat(setting.unitKey()).isEqualTo("svgroups.settings.unit." + unit);

        assertThat(with(key, String.valueOf(min)).values().get(setting)).isEqualTo(Duration.parse(minDuration));
        Result atMax = with(key, String.valueOf(max));
        assertThat(atMax.isValid()).isTrue();
        assertThat(setting.toText(atMax.values().get(setting))).isEqualTo(String.valueOf(max));

        SettingError expected = new SettingError("svgroups.settings.error.duration." + unit,
                List.of(String.valueOf(min), String.valueOf(max)));
        for (String bad : List.of(String.valueOf(min - 1), String.valueOf(max + 1), "", "1.5", "2s", "-1")) {
            assertThat(errorWith(key, bad)).as(bad).isEqualTo(expected);
        }
    }

    @Test
    void durationsAreShownInTheirUnit() {
        assertThat(SettingsForm.INVITATION_LIFETIME.toText(Duration.ofDays(7))).isEqualTo("168");
        assertThat(SettingsForm.FOLLOW_GRAPH_TIMEOUT.toText(Duration.ofSeconds(2))).isEqualTo("2000");
        assertThat(SettingsForm.CATALOGUE_CACHE_LIFETIME.toText(Duration.ofMinutes(5))).isEqualTo("300");
        assertThat(SettingsForm.MEMBER_CAP.toText(32)).isEqualTo("32");
        assertThat(SettingsForm.MEMBER_CAP.toText(null)).isEmpty();
    }

    @Test
    void theConsentAgeMayEqualTheMinimumAgeButNotBeBelowIt() {
        Map<String, String> form = defaults();
        form.put("svgroups.age.minimum", "18");
        form.put("svgroups.age.consent", "18");
        assertThat(SettingsForm.validate(form).isValid()).isTrue();

        form.put("svgroups.age.consent", "17");
        Result result = SettingsForm.validate(form);
        assertThat(result.errors()).containsOnlyKeys("svgroups.age.consent");
        assertThat(result.errors().get("svgroups.age.consent"))
                .isEqualTo(new SettingError("svgroups.settings.error.consent-below-minimum", List.of("18")));

        // An out-of-range minimum is reported alone, not compared.
        form.put("svgroups.age.minimum", "100");
        assertThat(SettingsForm.validate(form).errors()).containsOnlyKeys("svgroups.age.minimum");
    }

    @Test
    void aLinksDefaultLifetimeMayNotExceedTheLongestOne() {
        Map<String, String> form = defaults();
        form.put("svgroups.links.lifetime", "30");
        assertThat(SettingsForm.validate(form).isValid()).isTrue();
        assertThat(SettingsForm.validate(form).value(SettingsForm.LINK_LIFETIME)).isEqualTo(Duration.ofDays(30));

        form.put("svgroups.links.lifetime", "31");
        assertThat(SettingsForm.validate(form).errors()).containsExactly(Map.entry("svgroups.links.lifetime",
                new SettingError("svgroups.settings.error.link-lifetime-above-max", List.of("30"))));
        assertThat(errorWith("svgroups.links.approval", "some").messageKey()).isEqualTo("svgroups.settings.error.choice");
    }

    @Test
    void checkboxesAreTrueWhenPresentWhateverTheirValue() {
        for (Setting<?> setting : List.of(SettingsForm.UNKNOWN_BIRTHDATE_ALLOWED, SettingsForm.UNREACHABLE_GRAPH_ALLOWS,
                SettingsForm.CATALOGUE_UNREACHABLE_DELIVERS, SettingsForm.REFUSE_UNREADABLE)) {
            assertThat(with(setting.key(), "on").values().get(setting)).isEqualTo(true);
            assertThat(with(setting.key(), "").values().get(setting)).isEqualTo(true);
            assertThat(with(setting.key(), null).values().get(setting)).isEqualTo(false);
            Map<String, String> form = defaults();
            form.remove(setting.key());
            assertThat(SettingsForm.validate(form).values().get(setting)).isEqualTo(false);
        }
    }

    @Test
    void theFriendsSourceIsRosterOrHttp() {
        assertThat(with("svgroups.friends.source", " Roster ").value(SettingsForm.FRIENDS_SOURCE)).isEqualTo("roster");
        Map<String, String> form = defaults();
        form.put("svgroups.friends.source", "HTTP");
        form.put("svgroups.friends.http.url", "https://app.example/api/mutual?a={a}&b={b}");
        assertThat(SettingsForm.validate(form).value(SettingsForm.FRIENDS_SOURCE)).isEqualTo("http");
        for (String bad : new String[] {"", "ldap", "https"}) {
            assertThat(errorWith("svgroups.friends.source", bad))
                    .isEqualTo(new SettingError("svgroups.settings.error.choice", List.of("roster, http")));
        }
    }

    @Test
    void theFollowGraphUrlIsRequiredOnlyWithTheHttpSource() {
        assertThat(with("svgroups.friends.http.url", "  ").value(SettingsForm.FOLLOW_GRAPH_URL)).isEmpty();

        Map<String, String> form = defaults();
        form.put("svgroups.friends.source", "http");
        form.put("svgroups.friends.http.url", " ");
        Result result = SettingsForm.validate(form);
        assertThat(result.errors()).containsOnlyKeys("svgroups.friends.http.url");
        assertThat(result.errors().get("svgroups.friends.http.url").messageKey()).isEqualTo("svgroups.settings.error.url-required");

        // A bad source is reported alone: whether the URL is required is then unknown.
        form.put("svgroups.friends.source", "ldap");
        assertThat(SettingsForm.validate(form).errors()).containsOnlyKeys("svgroups.friends.source");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example/api/mutual?a={a}&b={b}", "http://10.0.0.5:8080/mutual/{a}/{b}",
            "HTTPS://app.example/{b}?first={a}", " https://app.example/m?a={a}&b={b}&token=s3cr3t "})
    void goodFollowGraphTemplatesAreAcceptedWithTheHttpSource(String url) {
        Map<String, String> form = defaults();
        form.put("svgroups.friends.source", "http");
        form.put("svgroups.friends.http.url", url);
        Result result = SettingsForm.validate(form);
        assertThat(result.errors()).isEmpty();
        assertThat(result.value(SettingsForm.FOLLOW_GRAPH_URL)).isEqualTo(url.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://app.example/api/mutual?a={a}|svgroups.settings.error.url-placeholders",
            "https://app.example/api/mutual?b={b}|svgroups.settings.error.url-placeholders",
            "https://app.example/api/mutual|svgroups.settings.error.url-placeholders",
            "ftp://app.example/{a}/{b}|svgroups.settings.error.url",
            "app.example/{a}/{b}|svgroups.settings.error.url",
            "https:///{a}/{b}|svgroups.settings.error.url",
            "https://{a}.example/{b}|svgroups.settings.error.url",
            "https://app.example/{a}/{b}#x|svgroups.settings.error.url",
            "https://app example/{a}/{b}|svgroups.settings.error.url"})
    void badFollowGraphTemplatesAreRefusedWhateverTheSource(String url, String messageKey) {
        assertThat(errorWith("svgroups.friends.http.url", url).messageKey()).isEqualTo(messageKey);
        Map<String, String> form = defaults();
        form.put("svgroups.friends.source", "http");
        form.put("svgroups.friends.http.url", url);
        assertThat(SettingsForm.validate(form).errors().get("svgroups.friends.http.url").messageKey()).isEqualTo(messageKey);
    }

    @Test
    void thePlaceholderMessageNamesThePlaceholders() {
        assertThat(errorWith("svgroups.friends.http.url", "https://app.example/").arguments()).containsExactly("{a} {b}");
        assertThat(errorWith("svgroups.share.catalogue.url", "https://app.example/").arguments()).containsExactly("{kind} {id}");
    }

    @Test
    void theCatalogueTemplateIsOptionalButWhenGivenNeedsKindAndIdOnAWebUrl() {
        assertThat(with("svgroups.share.catalogue.url", "").value(SettingsForm.CATALOGUE_URL)).isEmpty();
        assertThat(with("svgroups.share.catalogue.url", " https://app.example/api/catalogue/{kind}/{id} ")
                .value(SettingsForm.CATALOGUE_URL)).isEqualTo("https://app.example/api/catalogue/{kind}/{id}");
        assertThat(with("svgroups.share.catalogue.url", "http://localhost:8081/c?k={kind}&i={id}").isValid()).isTrue();
        assertThat(errorWith("svgroups.share.catalogue.url", "https://app.example/api/catalogue/{id}").messageKey())
                .isEqualTo("svgroups.settings.error.url-placeholders");
        assertThat(errorWith("svgroups.share.catalogue.url", "https://app.example/api/{a}/{b}").messageKey())
                .isEqualTo("svgroups.settings.error.url-placeholders");
        assertThat(errorWith("svgroups.share.catalogue.url", "file:///catalogue/{kind}/{id}").messageKey())
                .isEqualTo("svgroups.settings.error.url");
        assertThat(errorWith("svgroups.share.catalogue.url", "https://app.example/{kind}/{id}#top").messageKey())
                .isEqualTo("svgroups.settings.error.url");
    }

    @Test
    void shareOriginsAreLowerCasedDeduplicatedAndJoined() {
        assertThat(with("svgroups.share.origins", " Video.Example ,cdn.video.example  video.example,\n"
                + "shop-1.example,, localhost").value(SettingsForm.SHARE_ORIGINS))
                .isEqualTo("video.example, cdn.video.example, shop-1.example, localhost");
        assertThat(with("svgroups.share.origins", " , ").value(SettingsForm.SHARE_ORIGINS)).isEmpty();
        String longest = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
        assertThat(longest).hasSize(253);
        assertThat(with("svgroups.share.origins", longest).value(SettingsForm.SHARE_ORIGINS)).isEqualTo(longest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://video.example", "video.example:443", "video.example/path", "-video.example",
            "video-.example", "video..example", ".video.example", "video.example.", "vid_eo.example", "*.video.example",
            "vidéo.example"})
    void anOriginThatIsNotAHostNameIsRefusedAndNamed(String bad) {
        SettingError error = errorWith("svgroups.share.origins", "good.example, " + bad);
        assertThat(error).isEqualTo(new SettingError("svgroups.settings.error.host", List.of(bad)));
    }

    @Test
    void overlongOriginsAreRefused() {
        assertThat(errorWith("svgroups.share.origins", "a".repeat(64) + ".example").messageKey())
                .isEqualTo("svgroups.settings.error.host");
        String tooLong = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62);
        assertThat(errorWith("svgroups.share.origins", tooLong).messageKey()).isEqualTo("svgroups.settings.error.host");
    }

    @Test
    void theSubdomainIsOneDnsLabel() {
        assertThat(with("svgroups.service.subdomain", " Chat ").value(SettingsForm.SUBDOMAIN)).isEqualTo("chat");
        assertThat(with("svgroups.service.subdomain", "a".repeat(63)).isValid()).isTrue();
        for (String bad : new String[] {"", "a".repeat(64), "groups.example", "-groups", "gr_oups"}) {
            assertThat(errorWith("svgroups.service.subdomain", bad).messageKey()).isEqualTo("svgroups.settings.error.subdomain");
        }
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        Map<String, String> form = defaults();
        form.put("svgroups.group.member-cap", "0");
        form.put("svgroups.share.origins", "bad host!");
        form.put("svgroups.invitation.lifetime", "0");
        form.put("svgroups.service.subdomain", "");
        Result result = SettingsForm.validate(form);
        assertThat(result.errors()).containsOnlyKeys("svgroups.group.member-cap", "svgroups.share.origins",
                "svgroups.invitation.lifetime", "svgroups.service.subdomain");
        assertThat(result.values()).isEmpty();
    }

    @Test
    void theNotifyUrlIsAnHttpUrlOrEmpty() {
        assertThat(with("svgroups.notify.url", " https://app.example/wake ").value(SettingsForm.NOTIFY_URL))
                .isEqualTo("https://app.example/wake");
        assertThat(with("svgroups.notify.url", "").value(SettingsForm.NOTIFY_URL)).isEmpty();
        assertThat(errorWith("svgroups.notify.url", "ftp://app.example/wake").messageKey())
                .isEqualTo("svgroups.settings.error.url");
        assertThat(errorWith("svgroups.notify.url", "not a url").messageKey()).isEqualTo("svgroups.settings.error.url");
        assertThat(errorWith("svgroups.notify.batch-size", "0").messageKey()).isEqualTo("svgroups.settings.error.number");
    }

    @Test
    void aSecretIsAnyTextAndBlankMeansKeepTheStoredOne() {
        assertThat(SettingsForm.NOTIFY_SECRET.kind()).isEqualTo(Setting.Kind.SECRET);
        assertThat(with("svgroups.notify.secret", " k3y ").value(SettingsForm.NOTIFY_SECRET)).isEqualTo("k3y");
        assertThat(with("svgroups.notify.secret", "  ").value(SettingsForm.NOTIFY_SECRET)).isEmpty();
        assertThat(SettingsForm.NOTIFY_SECRET.parse(null)).isEmpty();
    }
}
