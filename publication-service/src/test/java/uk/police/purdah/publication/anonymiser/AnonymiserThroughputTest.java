package uk.police.purdah.publication.anonymiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * PUB-2 speed: documents per second on 2 KB documents with a registry of 20 and of 2,000 names (candidates
 * and agents), the automaton built once. Prints the figures (docs/anonymiser.md quotes them); asserts only
 * that the work was done, not a speed, since the machine running the build varies.
 */
class AnonymiserThroughputTest {

    private static final String[] FIRST = { "Amelia", "Oliver", "Isla", "George", "Ava", "Arthur", "Mia", "Noah",
            "Ivy", "Leo", "Freya", "Oscar", "Florence", "Archie", "Willow", "Henry", "Sienna", "Theo", "Aoife",
            "Seán", "Zoë", "Rajinder", "Kwame", "Siân", "José", "Chloé", "Bryony", "Tariq", "Niamh", "Dafydd" };
    private static final String[] LAST = { "Ashworth", "Blackwood", "Carrow", "Dunmore", "Ellingham", "Fairweather",
            "Gorleston", "Hethersett", "Ingoldisthorpe", "Jex", "Kettleburgh", "Lessingham", "Mautby", "Northrepps",
            "Ormesby", "Pulham", "Quidenham", "Rackheath", "Saxlingham", "Tharston", "Upwell", "Vauxhall-Gray",
            "Wramplingham", "Yelverton", "O'Rourke", "McCracken", "Ó Dálaigh", "van der Merwe", "Nguyen", "Al-Sayed" };

    static List<Anonymiser.Person> registry(int names) {
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

    /** About 2 KB of meeting note that names some registry people and carries every pattern kind. */
    static String document(List<Anonymiser.Person> people, int n) {
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
        return sb.substring(0, 2048);
    }

    @Test
    void pub2_documentsPerSecondWith20And2000RegistryNames() {
        for (int names : new int[] { 20, 2000 }) {
            List<Anonymiser.Person> people = registry(names);
            long b0 = System.nanoTime();
            Anonymiser anonymiser = Anonymiser.of(people, List.of("Norfolk", "Norwich"));
            double buildMs = (System.nanoTime() - b0) / 1e6;
            List<String> docs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                docs.add(document(people, i));
            }
            int removals = 0;
            for (int i = 0; i < 500; i++) { // warm-up
                removals += anonymiser.redact(docs.get(i % docs.size())).removed().size();
            }
            int n = 1000;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                removals += anonymiser.redact(docs.get(i % docs.size())).removed().size();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            // wall time depends on what else the machine runs; the thread's CPU time is the anonymiser's own cost
            System.out.printf(Locale.ROOT, "PUB-2 throughput: %d registry names (%d terms), built in %.1f ms; "
                    + "%d documents of 2 KB: %.0f documents/second of one thread's CPU time (%.0f per wall-clock "
                    + "second on this machine now)%n", names, anonymiser.terms(), buildMs, n, n / cpu, n / seconds);
            assertThat(removals).isPositive();
            assertThat(anonymiser.redact(docs.get(0)).redactedText()).doesNotContain(people.get(0).name());
        }
    }
}
