package dev.keypad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results of {@link SignInBench} as Markdown tables. Not thread-safe. */
final class SignInReport {

    /** @param limit the Argon2 verify rate with one thread per core, measured right after the sign-ins */
    private record SignIns(BenchDatabase database, ClosedLoop.Result result, ClosedLoop.Result limit) {
    }

    /** One bulk operation on one engine, done by Keypad and by the reference; both touched {@code keypad.rows()}. */
    private record Bulk(String operation, BenchDatabase database, Measurement keypad, Measurement reference) {
    }

    private final List<ClosedLoop.Result> hashRates = new ArrayList<>();
    private final List<SignIns> signIns = new ArrayList<>();
    private final List<Bulk> bulk = new ArrayList<>();

    void addHashRate(ClosedLoop.Result result) {
        hashRates.add(result);
    }

    void addSignIns(BenchDatabase database, ClosedLoop.Result result, ClosedLoop.Result limit) {
        signIns.add(new SignIns(database, result, limit));
    }

    void add(BenchDatabase database, BulkUnlock.Result result) {
        bulk.add(new Bulk("import users (reference: JDBC batches of " + PlainJdbcRun.BATCH_SIZE + ")", database,
                result.keypadImport(), result.referenceInsert()));
        bulk.add(new Bulk("`pins/lock` " + BulkUnlock.SELECTION.label() + " (reference: INSERT locked rows, JDBC batches of "
                + PlainJdbcRun.BATCH_SIZE + ")", database, result.keypadLock(), result.referenceLock()));
        bulk.add(new Bulk("`pins/unlock` " + BulkUnlock.SELECTION.label() + " `where: locked` (reference: one UPDATE)",
                database, result.keypadUnlock(), result.referenceUnlock()));
    }

    /**
     * @param users    the user count of the bulk part
     * @param selected how many of them the bulk selection holds
     */
    String markdown(int users, long selected) {
        StringBuilder text = new StringBuilder();
        if (!hashRates.isEmpty()) {
            text.append("### Argon2id verify in this JVM (the limit)\n\n")
                    .append("| threads | hashes/s | mean | p50 | p99 | CPU: JVM / machine (steal) |\n|--:|--:|--:|--:|--:|--:|\n");
            for (ClosedLoop.Result rate : hashRates) {
                text.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f ms | %.1f ms | %.1f ms | %s |%n", rate.threads(),
                        rate.rate(), rate.meanMillis(), rate.percentileMillis(50), rate.percentileMillis(99), rate.cpu().columns()));
            }
            text.append('\n');
        }
        if (!signIns.isEmpty()) {
            text.append("### Phone sign-in over HTTP at saturation (").append(SignInLoad.WRONG_PERCENT)
                    .append(" % wrong PINs)\n\n")
                    .append("| database | clients | sign-ins | sign-ins/s | p50 | p99 | unexpected answers | Argon2 limit right after |")
                    .append(" sign-ins ÷ limit | CPU: JVM / machine (steal) |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
            for (SignIns row : signIns) {
                ClosedLoop.Result result = row.result();
                text.append(String.format(Locale.ROOT, "| %s | %d | %,d | %.1f | %.0f ms | %.0f ms | %d | %.1f/s | %.0f %% | %s |%n",
                        row.database().label(), result.threads(), result.completed(), result.rate(),
                        result.percentileMillis(50), result.percentileMillis(99), result.unexpected(),
                        row.limit().rate(), 100 * result.rate() / row.limit().rate(), result.cpu().columns()));
            }
            text.append('\n');
        }
        if (!bulk.isEmpty()) {
            text.append(String.format(Locale.ROOT, "### Bulk lock and unlock: %,d phone PINs among %,d users%n%n", selected, users))
                    .append("| operation | database | rows | Keypad time | Keypad rate | reference time | reference rate | ratio |\n")
                    .append("|---|---|--:|--:|--:|--:|--:|--:|\n");
            for (Bulk row : bulk) {
                text.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %,.0f/s | %s | %,.0f/s | %.1f× |%n",
                        row.operation(), row.database().label(), row.keypad().rows(), seconds(row.keypad()),
                        row.keypad().rate(), seconds(row.reference()), row.reference().rate(),
                        row.keypad().time().toNanos() / (double) row.reference().time().toNanos()));
            }
            text.append('\n')
                    .append("Reference unlock: `").append(ReferencePins.unlockSql(BulkUnlock.SELECTION.sqlCondition()))
                    .append("` with ").append(BulkUnlock.SELECTION.sqlValues()).append('\n');
        }
        return text.toString();
    }

    private static String seconds(Measurement measurement) {
        double seconds = measurement.time().toNanos() / 1e9;
        return String.format(Locale.ROOT, seconds < 10 ? "%.2f s" : "%.1f s", seconds);
    }
}
