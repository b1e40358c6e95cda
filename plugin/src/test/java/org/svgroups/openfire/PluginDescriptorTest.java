package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Locale;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** plugin.xml and the i18n bundles agree with the names Openfire derives from them. */
class PluginDescriptorTest {

    private final Document pluginXml = parse(new File("plugin.xml"));

    @Test
    void thePluginClassIsTheOneDeclared() {
        assertThat(text("class")).isEqualTo(SvGroupsPlugin.class.getName());
    }

    @Test
    void theSystemPropertiesBelongToThePluginNamedInPluginXml() {
        // Openfire removes a plugin's properties by its <name> on unload; a mismatch breaks every reload.
        assertThat(text("name")).isEqualTo(SvGroupsProperties.PLUGIN_DISPLAY_NAME);
    }

    @Test
    void propertyDescriptionsAreFoundInThePluginsOwnBundle() throws Exception {
        // Openfire looks for property descriptions in <name without punctuation, lower case>_i18n.
        String bundle = SvGroupsProperties.PLUGIN_DISPLAY_NAME.replaceAll("\\W", "").toLowerCase(Locale.ROOT);
        assertThat(bundle).isEqualTo(SvGroupsProperties.PLUGIN_NAME);
        Properties english = new Properties();
        try (var in = new java.io.FileInputStream("src/main/i18n/" + bundle + "_i18n.properties")) {
            english.load(in);
        }
        assertThat(english).containsKeys("system_property.svgroups.service.subdomain", "system_property.svgroups.group.member-cap");
    }

    private String text(String element) {
        return pluginXml.getDocumentElement().getElementsByTagName(element).item(0).getTextContent().trim();
    }

    private static Document parse(File file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
