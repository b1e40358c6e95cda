package org.svgroups.it.webclient;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.svgroups.it.RealOpenfire;

/**
 * Marks a test class that drives a real XMPP web client, Converse.js, against the real Openfire
 * ({@link RealOpenfire}): its tests may take a {@link ConversePage} parameter, the page that logs a user in to
 * Converse, and open a {@link Converse} per person. Without {@code -Dopenfire.home} the class is skipped like every
 * real-server test; without Chromium, chromedriver or Converse (npm installs it) it is skipped with a printed reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({RealOpenfire.class, WebClientExtension.class})
public @interface WebClient {
}
