package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text of the console exists in English and French, and every key a page or plugin.xml uses exists. */
class I18nBundlesTest {

    private static final Path I18N = Path.of("src/main/i18n");
    private static final Pattern JSP_KEY = Pattern.compile("<fmt:message key=\"([^\"$]+)\"");
    private static final Pattern DESCRIPTOR_KEY = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws IOException {
        assertThat(load("svgroups_i18n_fr.properties").stringPropertyNames())
                .isEqualTo(load("svgroups_i18n.properties").stringPropertyNames());
    }

    @Test
    void everyKeyThePagesAndPluginXmlUseIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/web"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".jsp")).toList()) {
                collect(JSP_KEY, Files.readString(page), used);
            }
        }
        collect(DESCRIPTOR_KEY, Files.readString(Path.of("plugin.xml")), used);

        assertThat(used).isNotEmpty();
        assertThat(load("svgroups_i18n.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void sidebarTextsHaveNoAsciiApostrophe() throws IOException {
        // Openfire writes a sidebar item's description into a single-quoted JavaScript string (onmouseover).
        for (String file : new String[] {"svgroups_i18n.properties", "svgroups_i18n_fr.properties"}) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                if (key.startsWith("svgroups.sidebar")) {
                    assertThat(bundle.getProperty(key)).as(file + " " + key).doesNotContain("'");
                }
            }
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> keys) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
