package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.share.CatalogueAnswer;
import org.svgroups.core.share.CatalogueAnswer.Status;
import org.svgroups.core.testing.FixedShareSettings;
import org.svgroups.core.testing.Shares;

class ContentAvailableRuleTest {

    private final ContentAvailableRule delivering = new ContentAvailableRule(FixedShareSettings.defaults().withUnreachableCatalogueDelivers(true));
    private final ContentAvailableRule strict = new ContentAvailableRule(FixedShareSettings.defaults().withUnreachableCatalogueDelivers(false));

    @Test
    void anAvailableItemPasses() {
        CatalogueAnswer available = CatalogueAnswer.available(Shares.video("123").build(), 0);

        assertThat(delivering.check(available)).isEmpty();
        assertThat(strict.check(available)).isEmpty();
    }

    @Test
    void aPrivateOrRemovedItemIsUnavailable() {
        Refusal refusal = delivering.check(CatalogueAnswer.of(Status.NOT_SHAREABLE)).orElseThrow();

        assertThat(refusal.condition()).isEqualTo(AppCondition.CONTENT_UNAVAILABLE);
        assertThat(refusal.text()).contains("private or was removed");
    }

    @Test
    void anItemTheCatalogueDoesNotKnowIsUnavailable() {
        Refusal refusal = delivering.check(CatalogueAnswer.of(Status.NOT_FOUND)).orElseThrow();

        assertThat(refusal.condition()).isEqualTo(AppCondition.CONTENT_UNAVAILABLE);
        assertThat(refusal.text()).contains("does not exist");
    }

    @Test
    void anUnreachableCatalogueLetsTheShareThroughWhenTheSettingSaysSo() {
        assertThat(delivering.check(CatalogueAnswer.of(Status.UNREACHABLE))).isEmpty();
    }

    @Test
    void anUnreachableCatalogueRefusesTheShareOtherwiseAndSaysToTryLater() {
        Refusal refusal = strict.check(CatalogueAnswer.of(Status.UNREACHABLE)).orElseThrow();

        assertThat(refusal.condition()).isEqualTo(AppCondition.CONTENT_UNAVAILABLE);
        assertThat(refusal.text()).contains("unreachable").contains("try again later");
    }

    @Test
    void theSettingDoesNotSoftenPrivateOrUnknownItems() {
        assertThat(strict.check(CatalogueAnswer.of(Status.NOT_SHAREABLE))).map(Refusal::condition).contains(AppCondition.CONTENT_UNAVAILABLE);
        assertThat(strict.check(CatalogueAnswer.of(Status.NOT_FOUND))).map(Refusal::condition).contains(AppCondition.CONTENT_UNAVAILABLE);
    }
}
