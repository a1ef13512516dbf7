package dev.keypad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results of {@link MailBench} as Markdown tables. Not thread-safe. */
final class MailReport {

    private final List<ClosedLoop.Result> hashRates = new ArrayList<>();
    private final List<BulkReset.Result> resets = new ArrayList<>();

    void addHashRate(ClosedLoop.Result result) {
        hashRates.add(result);
    }

    void add(BulkReset.Result result) {
        resets.add(result);
    }

    /** Whether every reset's mails passed their checks. */
    boolean passed() {
        return resets.stream().allMatch(reset -> reset.mails().problems().isEmpty());
    }

    String markdown(int users) {
        StringBuilder text = new StringBuilder();
        resets.stream().map(r -> "- " + r.database().label() + ": " + String.join(", ", r.engine()) + "\n").distinct()
                .forEach(text::append);
        text.append("\n### Argon2id hash in this JVM (the ceiling of a bulk set)\n\n")
                .append("| threads | hashes/s | mean | p50 | p99 | CPU: JVM / machine (steal) |\n|--:|--:|--:|--:|--:|--:|\n");
        for (ClosedLoop.Result rate : hashRates) {
            text.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f ms | %.1f ms | %.1f ms | %s |%n", rate.threads(), rate.rate(),
                    rate.meanMillis(), rate.percentileMillis(50), rate.percentileMillis(99), rate.cpu().columns()));
        }
        text.append(String.format(Locale.ROOT, "%n### Bulk reset with mail: one `pins/set` over %,d users%n%n", users))
                .append("Generated PINs, `sendEmail: true`, selection `ou` ").append(SyntheticDirectory.BASE_DN)
                .append(". Argon2 runs per PIN: one hash, plus one verify per remembered PIN the generator checks. ")
                .append("The shares divide Argon2 runs per second (PINs/s × runs per PIN) by the hash rates above.\n\n")
                .append("| database | purpose | remembered PINs | PINs | reset time | PINs/s | Argon2 runs per PIN |")
                .append(" share of 1-thread rate | share of 2-thread rate | 1-thread rate right after | CPU: JVM / machine (steal) |\n")
                .append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        double oneThread = rate(1);
        double allThreads = rate(Runtime.getRuntime().availableProcessors());
        for (BulkReset.Result r : resets) {
            double runs = r.reset().rate() * r.argon2PerPin();
            text.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %.1f s | %.1f | %d | %.0f %% | %.0f %% | %.1f/s | %s |%n",
                    r.database().label(), r.purpose().jsonName(), r.historyEntries(), r.reset().rows(), BulkReset.seconds(r.reset()),
                    r.reset().rate(), r.argon2PerPin(), 100 * runs / oneThread, 100 * runs / allThreads, r.limitAfter().rate(),
                    r.resetCpu().columns()));
        }
        text.append("\n### Mail delivery to the local SMTP sink\n\n")
                .append("Seconds from the moment the reset was sent. \"Sink alone\": a fresh sink's rate for the same mails from ")
                .append("one client, 50 per connection, as the relay sends them.\n\n")
                .append("| database | purpose | mails | first arrived | last arrived | mails/s first → last | arrived before the answer |")
                .append(" answer | after the answer | outbox `sent_at` first → last | none queued | sink alone | CPU after the answer | checks |\n")
                .append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (BulkReset.Result r : resets) {
            DeliveredMails m = r.mails();
            text.append(String.format(Locale.ROOT,
                    "| %s | %s | %,d | %.2f s | %.2f s | %,.1f | %,d (%.0f %%) | %.2f s | %,d in %.2f s, %,.1f/s | %.2f → %.2f s | %.2f s | %,.0f/s | %s | %s |%n",
                    r.database().label(), r.purpose().jsonName(), m.mails(), m.firstSeconds(), m.lastSeconds(), m.rate(),
                    m.beforeAnswer(), 100.0 * m.beforeAnswer() / m.mails(), m.answerSeconds(), m.mails() - m.beforeAnswer(),
                    m.lastSeconds() - m.answerSeconds(), m.tailRate(), m.firstSentSeconds(), m.lastSentSeconds(),
                    m.outboxEmptySeconds(), r.sinkCapacity(), m.tailCpu().columns(),
                    m.problems().isEmpty() ? "all arrived once, PINs match, no secret left" : String.join("; ", m.problems())));
        }
        text.append("\n### Set-up of each run (not part of the results above)\n\n")
                .append("| database | purpose | import | PINs set without mail beforehand | time | PINs/s, one request per core |\n")
                .append("|---|---|--:|--:|--:|--:|\n");
        for (BulkReset.Result r : resets) {
            text.append(String.format(Locale.ROOT, "| %s | %s | %.1f s | %,d | %.1f s | %.1f |%n", r.database().label(),
                    r.purpose().jsonName(), BulkReset.seconds(r.imported()), r.prepared().rows(), BulkReset.seconds(r.prepared()),
                    r.prepared().rate()));
        }
        return text.toString();
    }

    /** The hash rate measured with {@code threads} threads at the start. */
    private double rate(int threads) {
        return hashRates.stream().filter(rate -> rate.threads() == threads).mapToDouble(ClosedLoop.Result::rate).findFirst()
                .orElse(Double.NaN);
    }
}
