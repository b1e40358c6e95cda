package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@link JdbcSuspensions} does, on one database (see {@link StoreContract}). */
abstract class SuspensionsContract extends StoreContract<JdbcSuspensions> {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final String BOB = "bob@svgroups.test";

    SuspensionsContract(TestDatabase target) {
        super(target, JdbcSuspensions::new, new Table(JdbcSuspensions.TABLE,
                List.of("userjid", "suspendeduntil", "reportid"), List.of("userjid")));
    }

    @Test
    void aNewSuspensionReplacesTheEarlierOne() {
        assertThat(store.until(BOB)).isEmpty();

        store.suspend(BOB, T0, 1);
        store.suspend(BOB, T0.plusSeconds(86_400), 2);

        assertThat(store.until(BOB)).contains(T0.plusSeconds(86_400));
        assertThat(store.until("carol@svgroups.test")).isEmpty();
        assertThatThrownBy(() -> store.suspend("", T0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.suspend(BOB, Instant.MAX, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
