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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The users page's texts that the page model formats (so I18nBundlesTest cannot see them in the JSP): each exists
 * in every bundle and survives MessageFormat with its apostrophes and placeholders.
 */
class UsersMessagesTest {

    private static final List<String> FORMATTED = List.of("svgroups.users.error.not-found",
            "svgroups.users.error.csrf", "svgroups.users.error.format", "svgroups.users.error.future",
            "svgroups.users.error.too-early", "svgroups.users.age-group.adult", "svgroups.users.age-group.minor",
            "svgroups.users.age-group.under-age", "svgroups.users.age-group.unknown.allowed",
            "svgroups.users.age-group.unknown.refused");

    @ParameterizedTest
    @ValueSource(strings = {"svgroups_i18n.properties", "svgroups_i18n_fr.properties"})
    void formattedMessagesExistAndSurviveMessageFormat(String bundle) throws IOException {
        Properties texts = load(bundle);
        for (String key : FORMATTED) {
            String pattern = texts.getProperty(key);
            assertThat(pattern).as(key).isNotBlank();
            String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"ARG0", "ARG1"});
            // A lone apostrophe would quote the rest of the message, hiding its placeholders and itself.
            assertThat(formatted).as(key).isEqualTo(pattern.replace("''", "'").replace("{0}", "ARG0").replace("{1}", "ARG1"));
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
