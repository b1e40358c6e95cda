package org.svgroups.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AbsentMembersTest {

    @Test
    void thePeopleNotPresentOtherThanTheSenderSortedOnceEach() {
        List<String> people = List.of("erin@x", "bob@x", "dave@x", "ann@x", "carol@x", "bob@x", "ann@x");
        assertThat(AbsentMembers.of(people, Set.of("carol@x", "ann@x"), "dave@x")).containsExactly("bob@x", "erin@x");
    }

    @Test
    void nobodyWhenEveryoneIsThere() {
        assertThat(AbsentMembers.of(List.of("ann@x", "bob@x"), Set.of("ann@x", "bob@x"), "ann@x")).isEmpty();
        assertThat(AbsentMembers.of(List.of("ann@x"), Set.of(), "ann@x")).isEmpty();
    }

    @Test
    void theSenderIsNeeded() {
        assertThatThrownBy(() -> AbsentMembers.of(List.of("ann@x"), Set.of(), null)).isInstanceOf(NullPointerException.class);
    }
}
