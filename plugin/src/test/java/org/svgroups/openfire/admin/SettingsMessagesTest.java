package org.svgroups.openfire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svgroups.core.settings.Setting;
import org.svgroups.core.settings.SettingsForm;
import org.svgroups.openfire.admin.SettingsPage.ChoiceView;
import org.svgroups.openfire.admin.SettingsPage.FieldView;
import org.svgroups.openfire.admin.SettingsPage.SectionView;

/**
 * The settings page's texts: every key the page model hands the JSP (which I18nBundlesTest cannot see, as they are
 * not literal in the JSP) and every error message the form can give exists in each bundle, and the error messages,
 * which go through MessageFormat, keep their apostrophes and placeholders.
 */
class SettingsMessagesTest {

    private static final List<String> ERRORS = List.of("svgroups.settings.error.csrf", "svgroups.settings.error.number",
            "svgroups.settings.error.subdomain",
            "svgroups.settings.error.duration.hours", "svgroups.settings.error.duration.millis",
            "svgroups.settings.error.duration.seconds", "svgroups.settings.error.choice",
            "svgroups.settings.error.consent-below-minimum", "svgroups.settings.error.url-required",
            "svgroups.settings.error.url-placeholders", "svgroups.settings.error.url", "svgroups.settings.error.host");

    @ParameterizedTest
    @ValueSource(strings = {"svgroups_i18n.properties", "svgroups_i18n_fr.properties"})
    void everyKeyThePageModelUsesIsDefined(String bundle) throws IOException {
        Properties texts = load(bundle);
        FakeSettingsBackend backend = new FakeSettingsBackend();
        backend.values.put(SettingsForm.REFUSE_UNREADABLE, true);
        Set<String> used = new TreeSet<>(ERRORS);
        for (SectionView section : new SettingsPage(backend).getSections()) {
            used.add(section.getTitleKey());
            for (FieldView field : section.getFields()) {
                used.add(field.getLabelKey());
                used.add(field.getDescriptionKey());
                addIfSet(used, field.getUnitKey());
                addIfSet(used, field.getCurrentKey());
                addIfSet(used, field.getDefaultKey());
                field.getChoices().stream().map(ChoiceView::getLabelKey).forEach(used::add);
            }
        }
        assertThat(used).contains("svgroups.settings.yes", "svgroups.settings.no", "svgroups.settings.empty",
                "svgroups.settings.unit.hours", "svgroups.settings.unit.millis", "svgroups.settings.unit.seconds");
        assertThat(texts.stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"svgroups_i18n.properties", "svgroups_i18n_fr.properties"})
    void errorMessagesSurviveMessageFormat(String bundle) throws IOException {
        Properties texts = load(bundle);
        for (String key : ERRORS) {
            String pattern = texts.getProperty(key);
            String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"ARG0", "ARG1"});
            // A lone apostrophe would quote the rest of the message, hiding its placeholders and itself.
            assertThat(formatted).as(key).isEqualTo(pattern.replace("''", "'").replace("{0}", "ARG0").replace("{1}", "ARG1"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"svgroups_i18n.properties", "svgroups_i18n_fr.properties"})
    void everyDescriptionKeyIsTheSystemPropertys(String bundle) throws IOException {
        Properties texts = load(bundle);
        for (Setting<?> setting : SettingsForm.ALL) {
            assertThat(texts.getProperty(setting.descriptionKey())).as(setting.key()).isNotBlank();
        }
    }

    private static void addIfSet(Set<String> keys, String key) {
        if (key != null) {
            keys.add(key);
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/i18n").resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
