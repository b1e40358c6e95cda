package org.svgroups.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.svgroups.core.settings.SettingsForm;

/**
 * The plugin's pages follow the console's language, which in Openfire 5.1 is the server's ({@code locale}, set on
 * Server Settings &gt; Language and Time Zone), not the browser's: switched to French, they show the French bundle,
 * messages from the plugin's code included.
 */
@AdminConsole
class ConsoleLanguageIT {

    private static final String CAP = SettingsForm.MEMBER_CAP.key();

    /** The language is the whole server's: put English back for every other test. */
    @AfterEach
    void backToEnglish(ConsoleBrowser console) {
        console.setLanguage("en");
    }

    @Test
    void theSettingsPageIsInFrenchWhenTheConsoleIs(ConsoleBrowser console) {
        console.setLanguage("fr");
        console.open(SettingsPageIT.PAGE);

        assertThat(console.heading()).isEqualTo("Groupes vidéo courte : paramètres");
        assertThat(console.missingMessages()).isEmpty();
        assertThat(console.label(CAP)).isEqualTo("Nombre maximal de membres");
        assertThat(console.pageText()).contains("Âge et consentement", "Invitations et limites", "Partage");
        assertThat(console.subnav()).contains("Groupes vidéo courte");
        assertThat(console.sidebar()).containsExactly("Paramètres", "Groupes", "Signalements", "Statistiques", "Utilisateurs");
        console.screenshot("settings-fr");

        // Messages made by the plugin's code (not the JSP) are French too.
        console.fill(CAP, "1");
        console.submit("save");
        assertThat(console.error()).contains("Rien n'a été enregistré : corrigez les valeurs signalées ci-dessous.");
        assertThat(console.fieldError(CAP)).contains("Saisissez un nombre entier de 2 à 1000.");
        console.screenshot("settings-fr-refused");
    }

    @Test
    void theUsersPageIsInFrenchWhenTheConsoleIs(ConsoleBrowser console) {
        console.setLanguage("fr");
        console.open(UsersPageIT.PAGE + "?username=nobody-here");

        assertThat(console.heading()).isEqualTo("Groupes vidéo courte : utilisateurs");
        assertThat(console.missingMessages()).isEmpty();
        assertThat(console.error()).contains("Il n'y a pas d'utilisateur « nobody-here » sur ce serveur.");
    }

    @Test
    void backInEnglishThePagesAreEnglishAgain(ConsoleBrowser console) {
        console.setLanguage("fr");
        console.setLanguage("en");
        console.open(SettingsPageIT.PAGE);

        assertThat(console.heading()).isEqualTo(SettingsPageIT.TITLE);
        assertThat(console.label(CAP)).isEqualTo("Member cap");
    }
}
