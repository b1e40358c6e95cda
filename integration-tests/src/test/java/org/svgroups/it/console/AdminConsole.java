package org.svgroups.it.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.svgroups.it.RealOpenfire;

/**
 * Marks a test class that drives the admin console of the real Openfire ({@link RealOpenfire}) in a headless
 * Chromium: its test methods (and {@code @BeforeAll}/{@code @AfterAll} methods) may take a {@link ConsoleBrowser}
 * parameter, one browser per test class, already logged in as the admin. Without {@code -Dopenfire.home} the class
 * is skipped like every real-server test; without Chromium or chromedriver it is skipped with a printed reason.
 *
 * <pre>
 * &#64;AdminConsole
 * class GroupsPageIT {
 *     &#64;Test
 *     void listsGroups(ConsoleBrowser console) {
 *         console.open("svgroups-groups.jsp");
 *         assertThat(console.heading()).isEqualTo("...");
 *     }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({RealOpenfire.class, AdminConsoleExtension.class})
public @interface AdminConsole {
}
