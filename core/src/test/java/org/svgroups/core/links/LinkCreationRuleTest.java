package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.svgroups.core.group.Affiliation;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

class LinkCreationRuleTest {

    private final LinkCreationRule byDefault = new LinkCreationRule(FixedLinkSettings.defaults());
    private final LinkCreationRule membersToo = new LinkCreationRule(FixedLinkSettings.defaults().withMembersMayCreate(true));

    @Test
    void ownersAndAdminsCreateLinks() {
        assertThat(byDefault.create(Affiliation.OWNER)).isEmpty();
        assertThat(byDefault.create(Affiliation.ADMIN)).isEmpty();
    }

    @Test
    void membersCreateLinksOnlyWhenTheSettingAllows() {
        assertThat(byDefault.create(Affiliation.MEMBER)).map(Refusal::condition).contains(AppCondition.LINK_FORBIDDEN);
        assertThat(membersToo.create(Affiliation.MEMBER)).isEmpty();
    }

    @Test
    void outsidersNeverDo() {
        assertThat(membersToo.create(Affiliation.NONE)).map(Refusal::condition).contains(AppCondition.NOT_MEMBER);
        assertThat(membersToo.create(Affiliation.OUTCAST)).map(Refusal::condition).contains(AppCondition.NOT_MEMBER);
    }

    @Test
    void ownersAndAdminsRevokeAnyLinkMembersOnlyTheirOwn() {
        assertThat(byDefault.revoke(Affiliation.ADMIN, "admin@x", "bob@x")).isEmpty();
        assertThat(membersToo.revoke(Affiliation.MEMBER, "bob@x", "bob@x")).isEmpty();
        assertThat(membersToo.revoke(Affiliation.MEMBER, "carol@x", "bob@x")).map(Refusal::condition)
                .contains(AppCondition.LINK_FORBIDDEN);
        assertThat(membersToo.revoke(Affiliation.NONE, "bob@x", "bob@x")).map(Refusal::condition)
                .contains(AppCondition.NOT_MEMBER);
        assertThat(byDefault.managesAll(Affiliation.OWNER)).isTrue();
        assertThat(byDefault.managesAll(Affiliation.MEMBER)).isFalse();
    }
}
