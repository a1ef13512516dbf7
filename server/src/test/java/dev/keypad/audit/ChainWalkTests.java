package dev.keypad.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChainWalkTests {

    private static final Instant AT = Instant.parse("2026-11-24T20:00:00.123456Z");

    @Test
    void intactChainVerifies() {
        List<AuditRecord> chain = chain(3);
        assertThat(walk(chain, 3, chain.get(2).hash())).isEqualTo(new AuditLog.Verification(true, 3, null, null));
    }

    @Test
    void emptyLogIsIntact() {
        assertThat(walk(List.of(), 0, AuditChain.GENESIS).intact()).isTrue();
    }

    @Test
    void changedFieldBreaksTheChainAtThatRecord() {
        List<AuditRecord> chain = chain(3);
        AuditRecord second = chain.get(1);
        chain.set(1, new AuditRecord(2, AT, second.actor(), second.action(), "sip:other@x.y", second.source(),
                second.outcome(), second.details(), second.hash()));
        AuditLog.Verification verdict = walk(chain, 3, chain.get(2).hash());
        assertThat(verdict.firstBadSeq()).isEqualTo(2);
        assertThat(verdict.problem()).contains("changed");
    }

    @Test
    void missingRecordAndMissingEndAreFound() {
        List<AuditRecord> chain = chain(3);
        AuditRecord last = chain.get(2);
        chain.remove(1);
        assertThat(walk(chain, 3, last.hash()).firstBadSeq()).isEqualTo(2);
        List<AuditRecord> truncated = chain(3).subList(0, 2);
        AuditLog.Verification verdict = walk(truncated, 3, last.hash());
        assertThat(verdict.firstBadSeq()).isEqualTo(3);
        assertThat(verdict.problem()).contains("records 3 to 3 are missing");
    }

    @Test
    void hashSeparatesFieldsSoShiftingTextBetweenThemIsNoticed() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, "ab", "c", null, null, "success", null))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, AT, "a", "bc", null, null, "success", null));
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, "a", "b", null, null, "success", null))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, AT, "a", "b", "", null, "success", null));
    }

    private static AuditLog.Verification walk(List<AuditRecord> records, long headSeq, String headHash) {
        ChainWalk walk = new ChainWalk();
        records.forEach(walk::next);
        return walk.end(headSeq, headHash);
    }

    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            String hash = AuditChain.hash(previous, seq, AT, "admin", "user.add", "sip:u" + seq + "@x.y", "127.0.0.1", "success", null);
            chain.add(new AuditRecord(seq, AT, "admin", "user.add", "sip:u" + seq + "@x.y", "127.0.0.1", "success", null, hash));
            previous = hash;
        }
        return chain;
    }
}
