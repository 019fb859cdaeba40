package uk.police.purdah.publication.anonymiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 10, PUB-2: documents redacted per second by one thread (one core), on 2 KB documents with a registry of
 * 20 and of 2,000 names, and on documents of growing size. The ceiling in the same run is the folded reading of
 * the same document ({@link Text#of}), the one pass over the text that any matcher has to make. This class sits
 * in the anonymiser's package to reach {@link Text}; it is in the bench module, not in the service.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
public class AnonymiserBench {

    private static final String[] FIRST = { "Amelia", "Oliver", "Isla", "George", "Ava", "Arthur", "Mia", "Noah",
            "Ivy", "Leo", "Freya", "Oscar", "Florence", "Archie", "Willow", "Henry", "Sienna", "Theo", "Aoife",
            "Seán", "Zoë", "Rajinder", "Kwame", "Siân", "José", "Chloé", "Bryony", "Tariq", "Niamh", "Dafydd" };
    private static final String[] LAST = { "Ashworth", "Blackwood", "Carrow", "Dunmore", "Ellingham", "Fairweather",
            "Gorleston", "Hethersett", "Ingoldisthorpe", "Jex", "Kettleburgh", "Lessingham", "Mautby", "Northrepps",
            "Ormesby", "Pulham", "Quidenham", "Rackheath", "Saxlingham", "Tharston", "Upwell", "Vauxhall-Gray",
            "Wramplingham", "Yelverton", "O'Rourke", "McCracken", "Ó Dálaigh", "van der Merwe", "Nguyen", "Al-Sayed" };

    /** The registry of AnonymiserThroughputTest: {@code names} candidates and agents, with parties and contacts. */
    public static List<Anonymiser.Person> registry(int names) {
        Random random = new Random(42);
        List<Anonymiser.Person> people = new ArrayList<>();
        for (int i = 0; i < names / 2; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[i % LAST.length] + (i >= LAST.length
                    ? "-" + LAST[(i / LAST.length) % LAST.length].replace(" ", "") + i : "");
            String agent = FIRST[random.nextInt(FIRST.length)] + " " + LAST[(i + 7) % LAST.length] + "son" + i;
            people.add(new Anonymiser.Person(name, "Party " + (i % 9) + " of Norfolk", agent, "c" + i + "@example.org",
                    "01632 96" + String.format(Locale.ROOT, "%04d", i % 10000), (i % 200 + 1) + " Mill Lane, Dereham",
                    "NR19 1AB", List.of("@cand" + i)));
        }
        return people;
    }

    /**
     * A meeting note of {@code size} characters that names registry people and carries every pattern kind; a
     * longer one repeats the named paragraphs, so its density of findings stays that of 2 KB.
     */
    public static String document(List<Anonymiser.Person> people, int n, int size) {
        StringBuilder sb = new StringBuilder();
        for (int part = 0; sb.length() < size; part++) {
            sb.append(twoKb(people, n + part * 13));
        }
        return sb.substring(0, size);
    }

    private static String twoKb(List<Anonymiser.Person> people, int n) {
        Anonymiser.Person a = people.get(n % people.size());
        Anonymiser.Person b = people.get((n * 7 + 3) % people.size());
        String surname = a.name().substring(a.name().lastIndexOf(' ') + 1);
        StringBuilder sb = new StringBuilder();
        sb.append("Note of meeting ").append(n).append(": Chief Constable and prospective candidate\n")
                .append("Date: 17 June 2026, 14:00-14:45, Force Headquarters, Wymondham\n\n")
                .append("Present: the Chief Constable; the Chief Executive of the OPCC (SPOC); ").append(a.name())
                .append("; ").append(a.agentName()).append(", agent; Inspector Jane Holloway.\n\n")
                .append("1. Mr ").append(surname).append(" asked about the 101 call-handling times. The Chief "
                        + "Constable explained the published figures and offered the same written briefing that has "
                        + "been offered to all candidates, including ").append(b.name()).append(".\n")
                .append("2. ").append(surname).append("'s agent asked whether the candidate could visit the control "
                        + "room. The SPOC noted that any visit must be offered to every candidate on the same terms; "
                        + "a visit will be offered to all. Rural crime, hare coursing and the precept were raised.\n")
                .append("3. Follow-up by e-mail to ").append(a.email()).append(" or by phone on 01632 960123; "
                        + "letters to 12 Mill Lane, Dereham NR19 1AB. See www.example-campaign.org.uk or @campaign.\n");
        while (sb.length() < 2048) {
            sb.append("The Constabulary's figures for Breckland and South Norfolk were discussed in general terms; "
                    + "no officer expressed a view on any candidate. ");
        }
        return sb.substring(0, 2048) + "\n";
    }

    /** Documents over a registry of {@code names}; {@code size} characters each. */
    abstract static class Documents {
        Anonymiser anonymiser;
        String[] docs;
        int next;

        void setUp(int names, int size) {
            List<Anonymiser.Person> people = registry(names);
            anonymiser = Anonymiser.of(people, List.of("Norfolk", "Norwich"));
            docs = new String[64];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = document(people, i, size);
            }
            if (anonymiser.redact(docs[0]).removed().isEmpty()) {
                throw new IllegalStateException("the benchmark document has nothing to redact");
            }
        }

        String next() {
            next = (next + 1) & (docs.length - 1);
            return docs[next];
        }
    }

    /** 2 KB documents, registry of 20 or 2,000 names. */
    @State(Scope.Thread)
    public static class Registry extends Documents {
        @Param({ "20", "2000" })
        public int names;

        @Setup(Level.Trial)
        public void setUp() {
            setUp(names, 2048);
        }
    }

    /** Documents of 1, 2, 8 and 32 KB, registry of 20 names. */
    @State(Scope.Thread)
    public static class Size extends Documents {
        @Param({ "1024", "2048", "8192", "32768" })
        public int size;

        @Setup(Level.Trial)
        public void setUp() {
            setUp(20, size);
        }
    }

    /** Documents per second, 2 KB, by registry size. */
    @Benchmark
    public void redact(Registry state, Blackhole out) {
        out.consume(state.anonymiser.redact(state.next()));
    }

    /** Documents per second by document size (linear: bytes per second should stay the same). */
    @Benchmark
    public void redactBySize(Size state, Blackhole out) {
        out.consume(state.anonymiser.redact(state.next()));
    }

    /** The ceiling: the folded reading of the same 2 KB documents, one pass over the text. */
    @Benchmark
    public void ceilingFoldedReading(Registry state, Blackhole out) {
        out.consume(Text.of(state.next(), true));
    }
}
