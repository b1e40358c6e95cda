package org.svgroups.client;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.svgroups.client.packet.SvGroupsErrorElement;
import org.svgroups.client.provider.SvGroupsErrorElementProvider;
import org.svgroups.core.refusal.AppCondition;

/**
 * Why the server refused a request: the svgroups condition (if the error carried one), the RFC 6120 condition and
 * the server's text.
 *
 * <p>An error falls in one of three cases:</p>
 * <ul>
 * <li>a condition this library knows: {@link #condition()} holds it, {@link #conditionName()} is its element name;</li>
 * <li>a condition in {@value org.svgroups.core.SvGroupsProtocol#ERRORS_NAMESPACE} this library version does not know (added by a newer
 *     server): {@link #condition()} is empty, but {@link #conditionName()} and {@link #attributes()} are reported as
 *     sent;</li>
 * <li>no svgroups condition at all (a plain XMPP error, e.g. from the MUC service itself): {@link #condition()} is
 *     empty and {@link #conditionName()} is {@code null}.</li>
 * </ul>
 *
 * @param conditionName the svgroups condition's element name as sent, known or not, or {@code null} when the error
 *        carried none.
 * @param attributes the condition element's attributes, e.g. {@code option} on {@code profile-locked}; empty when
 *        there is no condition.
 * @param stanzaCondition the RFC 6120 defined condition.
 * @param text the server's human-readable text, or {@code null}.
 */
public record Refusal(String conditionName, Map<String, String> attributes, StanzaError.Condition stanzaCondition,
                      String text) {

    public Refusal {
        Objects.requireNonNull(stanzaCondition, "stanzaCondition");
        attributes = Map.copyOf(attributes);
    }

    /**
     * Extracts the refusal from a stanza error.
     *
     * @param error the error as Smack parsed it.
     * @return the refusal.
     */
    public static Refusal from(StanzaError error) {
        SvGroupsErrorElement element = findCondition(error);
        String text = error.getDescriptiveText();
        if (element == null) {
            return new Refusal(null, Map.of(), error.getCondition(), text);
        }
        return new Refusal(element.getElementName(), element.getAttributes(), error.getCondition(), text);
    }

    /**
     * The svgroups condition, if the error carried one this library version knows. Empty both for an unknown
     * condition (then {@link #conditionName()} is set) and for none at all (then it is {@code null}).
     *
     * @return the known condition, or empty.
     */
    public Optional<AppCondition> condition() {
        return conditionName == null ? Optional.empty() : AppCondition.fromElementName(conditionName);
    }

    /**
     * True if the server gave exactly this svgroups condition.
     *
     * @param expected the condition to test for.
     * @return whether the error's condition element is {@code expected}'s.
     */
    public boolean is(AppCondition expected) {
        return expected.elementName().equals(conditionName);
    }

    /** The locked form field a {@code profile-locked} refusal names, if any. */
    public Optional<String> option() {
        return Optional.ofNullable(attributes.get("option"));
    }

    /**
     * The short form used as exception message: the svgroups condition (or, without one, the RFC 6120 condition),
     * then the text. Example: {@code group-full: The group has reached its member cap of 32}.
     */
    public String summary() {
        String name = conditionName != null ? conditionName : stanzaCondition.toString();
        return text == null || text.isEmpty() ? name : name + ": " + text;
    }

    /**
     * The full form, with both conditions. Example:
     * {@code group-full (policy-violation): The group has reached its member cap of 32}.
     */
    @Override
    public String toString() {
        String name = conditionName != null ? conditionName + " (" + stanzaCondition + ")" : stanzaCondition.toString();
        return text == null || text.isEmpty() ? name : name + ": " + text;
    }

    private static SvGroupsErrorElement findCondition(StanzaError error) {
        // Known conditions have a registered provider; look them up by name first.
        for (AppCondition condition : AppCondition.values()) {
            ExtensionElement element = error.getExtension(condition.elementName(), SvGroupsErrorElement.NAMESPACE);
            if (element instanceof SvGroupsErrorElement) {
                return (SvGroupsErrorElement) element;
            }
            if (element instanceof StandardExtensionElement) {
                // Parsed before our providers were registered.
                return new SvGroupsErrorElement(element.getElementName(),
                        ((StandardExtensionElement) element).getAttributes());
            }
        }
        // A condition added by a newer server has no provider and Smack offers no way to list an error's
        // extensions, so find it in the error's XML.
        return scanForUnknownCondition(error);
    }

    private static SvGroupsErrorElement scanForUnknownCondition(StanzaError error) {
        try {
            XmlPullParser parser = PacketParserUtils.getParserFor(error.toXML().toString());
            int errorDepth = parser.getDepth();
            while (true) {
                XmlPullParser.Event event = parser.next();
                if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == errorDepth + 1
                        && SvGroupsErrorElement.NAMESPACE.equals(parser.getNamespace())) {
                    return SvGroupsErrorElementProvider.INSTANCE.parse(parser);
                }
                if (event == XmlPullParser.Event.END_DOCUMENT
                        || event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == errorDepth) {
                    return null;
                }
            }
        } catch (Exception e) {
            // The XML came from Smack's own serialiser; if it cannot be read back, report no condition.
            return null;
        }
    }
}
