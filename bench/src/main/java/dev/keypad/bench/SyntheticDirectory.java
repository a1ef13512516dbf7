package dev.keypad.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A deterministic company directory: the same count always gives the same users in the same order,
 * so the Keypad import and the plain-JDBC reference load identical rows. Users spread over 3
 * regions of 10 cities each (the regions weighted 45/35/20 %), 10 departments and 20 titles; the
 * DN puts each user in {@code OU=<department>,OU=<city>,OU=<region>}. Identities, line URIs and
 * DNs are unique, extensions unique per site (the city). Thread-safe; each {@link #users()} call
 * starts over.
 */
final class SyntheticDirectory {

    static final String DOMAIN = "litware.bench";
    static final String BASE_DN = "DC=litware,DC=bench";

    static final Map<String, List<String>> CITIES_BY_REGION = Map.of(
            "North America", List.of("Redmond", "Seattle", "San Francisco", "New York", "Chicago", "Austin", "Toronto",
                    "Vancouver", "Boston", "Denver"),
            "Europe", List.of("Dublin", "London", "Paris", "Berlin", "Munich", "Madrid", "Milan", "Amsterdam",
                    "Stockholm", "Zurich"),
            "Asia Pacific", List.of("Tokyo", "Sydney", "Singapore", "Seoul", "Mumbai", "Bangalore", "Shanghai",
                    "Melbourne", "Auckland", "Hong Kong"));
    private static final List<String> REGIONS = List.of("North America", "Europe", "Asia Pacific");
    private static final int[] REGION_PERCENT = {45, 35, 20};

    static final List<String> DEPARTMENTS = List.of("Finance", "Sales", "Marketing", "Research", "Engineering",
            "Support", "Legal", "Human Resources", "Operations", "Facilities");
    /** Four of the twenty contain "Manager", so {@code (title=*Manager*)} selects about a fifth. */
    static final List<String> TITLES = List.of("Engineer", "Senior Engineer", "Principal Engineer", "Accountant",
            "Analyst", "Senior Analyst", "Consultant", "Architect", "Designer", "Technician", "Specialist",
            "Coordinator", "Administrator", "Assistant", "Director", "Vice President", "Manager", "Senior Manager",
            "Product Manager", "Program Manager");
    private static final List<String> GIVEN_NAMES = List.of("Ken", "Pilar", "David", "Amy", "Bernard", "Chloe",
            "Diego", "Elena", "Farid", "Grace", "Hiro", "Ingrid", "Jamal", "Kaori", "Lars", "Maria", "Nikhil",
            "Olga", "Pedro", "Quinn", "Rosa", "Sanjay", "Tanja", "Umar", "Vera");
    private static final List<String> SURNAMES = List.of("Myer", "Ackerman", "Garcia", "Smith", "Chen", "Novak",
            "Okafor", "Lindqvist", "Tanaka", "Rossi", "Murphy", "Kowalski", "Haddad", "Schmidt", "Dubois", "Silva",
            "Kim", "Patel", "Larsen", "Moreau", "Nguyen", "Fischer", "Walsh", "Yilmaz", "Costa");
    private static final long SEED = 20261124L;

    private final int count;

    SyntheticDirectory(int count) {
        if (count < 1 || count > 9_999_999) {
            throw new IllegalArgumentException("user count must be between 1 and 9,999,999, was " + count);
        }
        this.count = count;
    }

    int count() {
        return count;
    }

    /** The users in generation order (which is also SIP-address order). */
    Iterator<SyntheticUser> users() {
        return new Generator();
    }

    /**
     * Writes the users as the CSV that {@code POST /api/v1/users/import} takes; returns its size in bytes.
     * The file is written under a temporary name and then renamed, so a run that is still reading an
     * earlier copy of it keeps reading a whole file.
     */
    long writeCsv(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write(String.join(",", SyntheticUser.CSV_COLUMNS));
            out.write("\r\n");
            for (Iterator<SyntheticUser> users = users(); users.hasNext(); ) {
                out.write(users.next().csvValues().stream().map(SyntheticDirectory::csvField)
                        .collect(Collectors.joining(",")));
                out.write("\r\n");
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Files.size(file);
    }

    private static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Draws each user's attributes from one seeded sequence; numbers extensions per site. */
    private final class Generator implements Iterator<SyntheticUser> {
        private final SplittableRandom random = new SplittableRandom(SEED);
        private final Map<String, Integer> lastExtensionBySite = new HashMap<>();
        private int next = 1;

        @Override
        public boolean hasNext() {
            return next <= count;
        }

        @Override
        public SyntheticUser next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String number = String.format("%07d", next++);
            String region = region(random.nextInt(100));
            String city = pick(CITIES_BY_REGION.get(region));
            String department = pick(DEPARTMENTS);
            String account = "user" + number;
            String extension = String.valueOf(lastExtensionBySite.merge(city, 10_001, (last, first) -> last + 1));
            return new SyntheticUser("sip:" + account + "@" + DOMAIN,
                    pick(GIVEN_NAMES) + " " + pick(SURNAMES),
                    account + "@" + DOMAIN,
                    "LITWARE\\" + account,
                    "CN=User " + number + ",OU=" + department + ",OU=" + city + ",OU=" + region + "," + BASE_DN,
                    account + "@" + DOMAIN,
                    "tel:+1425" + number,
                    extension, city, pick(TITLES), department, city, "Litware", region);
        }

        private String region(int percentile) {
            int bound = 0;
            for (int i = 0; i < REGIONS.size(); i++) {
                bound += REGION_PERCENT[i];
                if (percentile < bound) {
                    return REGIONS.get(i);
                }
            }
            throw new IllegalStateException("region percentages do not add up to 100");
        }

        private String pick(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
