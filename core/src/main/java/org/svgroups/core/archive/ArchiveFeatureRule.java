package org.svgroups.core.archive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the group service advertises of XEP-0313: each feature of the version svgroups serves (urn:xmpp:mam:2 and
 * its #extended) exactly once, and none of the older versions (urn:xmpp:mam:0, urn:xmpp:mam:1), which svgroups
 * refuses. Openfire keeps a MUC service's extra features as a plain list that other plugins add to: Openfire's
 * Monitoring plugin adds all three versions to every MUC service, which would list urn:xmpp:mam:2 twice and
 * promise the older versions from its own copy of the messages, outside svgroups' read rules.
 */
public final class ArchiveFeatureRule {

    public static final String EXTENDED = ArchiveQueryParser.NAMESPACE + "#extended";
    public static final List<String> SERVED = List.of(ArchiveQueryParser.NAMESPACE, EXTENDED);
    public static final List<String> REFUSED = List.of("urn:xmpp:mam:0", "urn:xmpp:mam:1");

    private ArchiveFeatureRule() {
    }

    /**
     * @param advertised the service's features now, in any order, repeats included
     * @return for each feature that is off: how many times to add it (positive) or to remove it (negative); empty
     *         when the service advertises what it should
     */
    public static Map<String, Integer> corrections(Iterable<String> advertised) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String feature : advertised) {
            counts.merge(feature, 1, Integer::sum);
        }
        Map<String, Integer> corrections = new LinkedHashMap<>();
        for (String feature : SERVED) {
            int count = counts.getOrDefault(feature, 0);
            if (count != 1) {
                corrections.put(feature, 1 - count);
            }
        }
        for (String feature : REFUSED) {
            int count = counts.getOrDefault(feature, 0);
            if (count > 0) {
                corrections.put(feature, -count);
            }
        }
        return corrections;
    }
}
