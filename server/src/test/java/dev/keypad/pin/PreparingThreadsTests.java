package dev.keypad.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PreparingThreadsTests {

    @Test
    void outcomesKeepTheOrderOfTheItemsAndEachFailureStaysWithItsItem() {
        try (PreparingThreads threads = new PreparingThreads(3)) {
            Set<String> used = ConcurrentHashMap.newKeySet();
            List<Integer> items = IntStream.range(0, 200).boxed().toList();
            List<PreparingThreads.Outcome<Integer, Integer>> outcomes = threads.each(items, item -> {
                used.add(Thread.currentThread().getName());
                if (item % 50 == 7) {
                    throw new IllegalArgumentException("item " + item);
                }
                return item * 2;
            });
            assertThat(outcomes).extracting(PreparingThreads.Outcome::item).containsExactlyElementsOf(items);
            assertThat(outcomes.get(8).value()).isEqualTo(16);
            assertThat(outcomes.get(57).failure()).hasMessage("item 57");
            assertThat(outcomes.stream().filter(outcome -> outcome.failure() != null)).hasSize(4);
            assertThat(used).allMatch(name -> name.startsWith("keypad-pin-prepare-"));
        }
    }

    @Test
    void oneItemOrOneThreadRunsOnTheCallersThread() {
        try (PreparingThreads threads = new PreparingThreads(1)) {
            String caller = Thread.currentThread().getName();
            assertThat(threads.each(List.of(1, 2), item -> Thread.currentThread().getName())).extracting(PreparingThreads.Outcome::value)
                    .containsOnly(caller);
        }
        assertThatThrownBy(() -> new PreparingThreads(0)).hasMessageContaining("keypad.pins.hash-threads");
    }
}
