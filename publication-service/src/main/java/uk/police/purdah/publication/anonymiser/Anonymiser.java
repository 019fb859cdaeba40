package uk.police.purdah.publication.anonymiser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * PUB-2: makes a text not attributable to a candidate. Built once per election registry (immutable, thread
 * safe), in three layers:
 * <ol>
 * <li><b>the registry</b>: every candidate's and agent's name and its variants (full name, first name and
 * surname, surname alone, each half of a hyphenated surname, the surname without its particle and run
 * together, "J Smith"/"J. R. Smith" initials forms, "JS" in capitals, the distinctive first name alone,
 * plurals and possessives), their parties (full name, core name, everyday names such as "Tories" or "Lib
 * Dems", an acronym), registered streets, postcodes and handles, go into one word-level Aho-Corasick automaton
 * ({@link WordAutomaton}) over a folded reading of the text ({@link Text}: any letter case, accents stripped or
 * not, curly apostrophes, hyphens and line breaks inside a name). One pass finds every term;</li>
 * <li><b>patterns</b> for what the registry does not know: e-mail addresses, UK phone numbers
 * (libphonenumber, plus the written forms it misses), postcodes, street addresses, URLs, social handles;</li>
 * <li><b>people outside the registry</b> ({@link PersonDetector}): a title or rank before a capitalised name,
 * salutations, signatures, e-mail headers and labelled fields, a known first name before a capitalised
 * surname; a name found so is then removed wherever else the same document uses it.</li>
 * </ol>
 * Overlapping findings are resolved longest first; each kept one becomes a typed placeholder. Common words
 * that are also names ({@link StopList}) are removed only where the writing makes them a name, and what must
 * be kept (the police area, office holders' titles, policing acronyms) is never a term.
 */
public final class Anonymiser {

    public enum Kind {
        CANDIDATE, AGENT, PARTY, EMAIL, URL, HANDLE, PHONE, POSTCODE, ADDRESS, PERSON;

        public String placeholder() {
            return "[" + name().toLowerCase(Locale.ROOT) + "]";
        }
    }

    /** Who must not be identifiable: one registry entry. Any field but the name may be null. */
    public record Person(String name, String party, String agentName, String email, String phone, String address,
            String postcode, List<String> socialHandles) {
    }

    /** One removed span of the original text. */
    public record Removal(Kind kind, String text, int start, int end) {
    }

    public record Result(String redactedText, List<Removal> removed) {
        public Map<Kind, Integer> counts() {
            Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
            removed.forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
            return counts;
        }
    }

    /** Kept whatever the registry says: office holders' titles, policing terms and common abbreviations (folded). */
    public static final Set<String> ALWAYS_KEPT = Set.of("chief constable", "pcc", "police and crime commissioner",
            "chief executive", "commissioner", "constable", "chief", "police", "crime", "executive", "opcc", "foi",
            "spoc", "pc", "pcso", "cc", "dc", "ds", "di", "dci", "dcc", "acc", "sgt", "insp", "supt", "ch", "mp",
            "mep", "uk", "gb", "nhs", "bbc", "am", "pm", "id", "it", "hr", "ps", "re", "mr", "ms", "dr", "st", "no",
            "ok", "tv", "cctv", "asb", "ico", "foia", "dpa", "gdpr", "rsvp", "asap", "eu", "us", "bst", "gmt", "ref",
            "the", "and", "for", "our", "you", "its", "her", "his", "was", "has", "are", "but", "not", "all");

    private static final Pattern MC = Pattern.compile("(mc|mac)([a-z]{3,})");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor",
            "sir", "dame", "lord", "lady", "prof", "professor", "rev", "revd");
    private static final Set<String> PARTICLES = Set.of("de", "la", "le", "du", "da", "di", "van", "von", "der",
            "den", "del", "della", "dos", "das", "st", "bin", "ibn", "al", "el", "mac", "ap", "o", "ó", "ui", "ní",
            "ni", "nic", "ua");
    /** Party "names" that are ordinary words for no party at all: never removed as a party. */
    private static final Set<String> NO_PARTY = Set.of("independent", "independents", "no description",
            "non party", "none", "no party");

    /** The names a party also goes by in ordinary writing, found by a word of its registered name. */
    private static final Map<String, List<String>> PARTY_ALIASES = Map.of(
            "liberal democrat", List.of("Lib Dem", "Lib Dems", "LibDem", "LibDems", "Liberal Democrat",
                    "Liberal Democrats", "LD", "LDs"),
            "conservative", List.of("Conservative", "Conservatives", "Tory", "Tories"),
            "labour", List.of("Labour", "Labour Party"),
            "green party", List.of("Greens", "Green"),
            "reform uk", List.of("Reform"),
            "plaid cymru", List.of("Plaid"),
            "scottish national", List.of("SNP"),
            "co-operative", List.of("Co-op", "Labour Co-op", "Labour and Co-op", "Labour & Co-op"));

    /** How a registry term must be written to count. */
    enum Mode {
        /** in any case */
        ANY,
        /** starting with a capital letter: a surname or party word that is a common word ("Green", "Price") */
        CAPITAL,
        /** a first name that is a common word or very short: capitalised and inside a sentence, or before a verb */
        FIRST_NAME,
        /** in capitals: initials such as "JS" or "J.S." */
        UPPER,
        /** an initials form with the surname, "J. Smith": the initial in capitals */
        INITIALS
    }

    record Term(Kind kind, Mode mode) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}0-9._%+'-])[\\p{L}0-9._%+'-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+){0,8}\\.[A-Za-z]{2,}");
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"]{1,2000}+|" + B // bounded, possessive: linear on any text
                    + "[a-z0-9][a-z0-9-]{0,62}+(?:\\.[a-z0-9-]{1,63}+){0,8}\\.(?:co\\.uk|org\\.uk|gov\\.uk|police\\.uk|ac\\.uk|me\\.uk"
                    + "|uk|com|org|net|info|io|me|co|eu|scot|wales|cymru|london)"
                    + "(?:/[^\\s<>\"]{0,2000}+)?" + E);
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@[A-Za-z0-9_]{2,30}" + E);
    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)" + B + "(?:GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[ \\u00A0]?[0-9](?!st|nd|rd|th)[A-Z]{2})" + E);
    static final String STREET_SUFFIXES = "Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Place|Pl"
            + "|Crescent|Cres|Court|Ct|Gardens|Gdns|Grove|Gr|Terrace|Tce|Hill|Square|Sq|Row|Walk|Mews|Park|Green|Rise"
            + "|View|Parade|Gate|End|Yard|Loke|Chase|Meadow|Meadows|Wharf|Boulevard|Causeway|Common|Mount|Vale"
            + "|Quay|Broadway|Approach|Croft|Fields|Passage|Plain|Wynd|Hollow|Bank";
    private static final Pattern STREET_AFTER = Pattern.compile("[ \\t]+(?:" + STREET_SUFFIXES + ")(?![\\p{L}])");
    private static final Pattern ADDRESS = Pattern.compile(B
            + "(?:(?:Flat|Apartment|Apt|Unit)\\.?\\s+\\d+[A-Za-z]?,?\\s+)?"
            + "\\d{1,3}[A-Za-z]?(?:[-–]\\d{1,3}[A-Za-z]?)?,?\\s+(?:(?:[A-Z][\\p{L}'’-]*|of|the|de|la)\\s+){0,3}"
            + "(?:" + STREET_SUFFIXES + ")" + E + "\\.?");
    private static final Pattern UK_PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+\\s?44\\s?(?:\\(0\\)\\s?)?\\d{2,4}|\\(0\\d{2,4}\\)|0\\d{2,4})[\\s.-]?\\d{3,4}[\\s.-]?\\d{3,4}(?!\\d)");
    /** Web addresses of public bodies (police, central and local government, NHS, Parliament): kept. */
    private static final Pattern PUBLIC_BODY = Pattern.compile(
            "(?i)^(?:https?://)?(?:[a-z0-9-]{1,63}+\\.){0,10}(?:police|gov|nhs|parliament)\\.uk(?:[/:?#]|$)");
    /** libphonenumber's bound on candidate numbers tried per text: keeps a text of digits from costing seconds. */
    private static final long PHONE_TRIES = 2_000;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern REPORTING_VERB = Pattern.compile("(?:['’]s)?\\s+(?:[a-z]+ed|said|says|asks|told|"
            + "tells|wrote|writes|rang|rings|spoke|speaks|came|went|met|meets|is|was|has|had|and|from|of|thinks|thought|"
            + "wants|wanted|will|would|can|could|replied|replies|called|calls|agreed|agrees|attended|attends|"
            + "emailed|e-mailed|phoned|sent|sends|left|leaves|took|takes|gave|gives|made|makes)(?![\\p{L}])");
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?i)(?:mr|mrs|ms|miss|mx|dr|cllr|councillor|sir|dame|lord|lady|prof|rev)\\.?\\s+$");

    private final WordAutomaton<Term> automaton;
    private final PersonDetector people;
    private final Set<String> keep;

    private Anonymiser(WordAutomaton<Term> automaton, PersonDetector people, Set<String> keep) {
        this.automaton = automaton;
        this.people = people;
        this.keep = keep;
    }

    public static Anonymiser of(Collection<Person> people) {
        return of(people, Set.of());
    }

    /** @param kept further terms to keep, such as the police area ("Norfolk"): never registry terms. */
    public static Anonymiser of(Collection<Person> people, Collection<String> kept) {
        Set<String> keep = new HashSet<>(ALWAYS_KEPT);
        kept.forEach(k -> keep.add(folded(k)));
        Builder b = new Builder(keep);
        for (Person p : people) {
            b.person(p.name(), Kind.CANDIDATE);
            b.person(p.agentName(), Kind.AGENT);
            b.party(p.party());
            b.contacts(p);
        }
        return new Anonymiser(b.automaton.build(), new PersonDetector(keep), Set.copyOf(keep));
    }

    /** How many terms (paths of the automaton) the registry made: for the documentation and the benchmark. */
    public int terms() {
        return automaton.size();
    }

    /** The folded reading of a text ("Siân Ó Dálaigh" is "sian o dalaigh"), as the matcher compares words. */
    public static String folded(String text) {
        return Text.of(text, false).words.stream().map(Text.Word::folded).collect(Collectors.joining(" "));
    }

    private static final class Builder {
        final WordAutomaton<Term> automaton = new WordAutomaton<>();
        final Set<String> keep;

        Builder(Set<String> keep) {
            this.keep = keep;
        }

        void add(List<String> words, Kind kind, Mode mode) {
            if (words.isEmpty() || keep.contains(String.join(" ", words))) {
                return;
            }
            automaton.add(words, new Term(kind, mode));
        }

        void add(String term, Kind kind, Mode mode) {
            if (term != null && !term.isBlank()) {
                add(Text.foldedWords(term), kind, mode);
            }
        }

        /** A single word or surname: in any case unless it is a common word or very short, then capitalised. */
        void single(List<String> words, Kind kind) {
            String joined = String.join(" ", words);
            if (words.isEmpty() || joined.length() < 2 || keep.contains(joined)) {
                return;
            }
            boolean common = words.size() == 1 && (StopList.isCommonWord(joined) || joined.length() <= 3
                    || StopList.isMonth(joined));
            add(words, kind, common ? Mode.CAPITAL : Mode.ANY);
            // plural and plural possessive of the family name ("the Thornburys", "the Thornburys'")
            List<String> plural = new ArrayList<>(words);
            String last = plural.get(plural.size() - 1);
            if (!last.endsWith("s") && last.length() >= 3) {
                plural.set(plural.size() - 1, last + "s");
                add(plural, kind, common ? Mode.CAPITAL : Mode.ANY);
            }
        }

        void person(String name, Kind kind) {
            if (name == null || name.isBlank()) {
                return;
            }
            List<String> raw = new ArrayList<>(List.of(name.trim().split("\\s+")));
            while (raw.size() > 1 && TITLES.contains(folded(raw.get(0)).replace(" ", ""))) {
                raw.remove(0);
            }
            add(name, kind, Mode.ANY);
            add(String.join(" ", raw), kind, Mode.ANY);
            if (raw.size() == 1) {
                single(Text.foldedWords(raw.get(0)), kind);
                return;
            }
            int surnameStart = raw.size() - 1;
            while (surnameStart > 1 && PARTICLES.contains(raw.get(surnameStart - 1).toLowerCase(Locale.ROOT))) {
                surnameStart--;
            }
            List<String> given = raw.subList(0, surnameStart);
            String surname = String.join(" ", raw.subList(surnameStart, raw.size()));
            List<String> surnameWords = Text.foldedWords(surname);
            String first = given.get(0);
            List<String> firstWords = Text.foldedWords(first);
            // first name and surname, and with the surname run together ("Siân ODálaighHughes", "OSullivan")
            add(join(firstWords, surnameWords), kind, Mode.ANY);
            add(join(firstWords, List.of(String.join("", surnameWords))), kind, Mode.ANY);
            // the surname alone, run together, without its particle, its last word, each half of a hyphenated one
            single(surnameWords, kind);
            single(List.of(String.join("", surnameWords)), kind);
            String lastWord = raw.get(raw.size() - 1);
            List<String> lastWords = Text.foldedWords(lastWord);
            single(lastWords, kind);
            if (lastWords.size() > 1) { // "Dálaigh-Hughes", "O'Sullivan": each part of three letters or more
                single(List.of(String.join("", lastWords)), kind);
                lastWords.stream().filter(part -> part.length() >= 3).forEach(part -> single(List.of(part), kind));
            }
            // initials forms, capitalised: "J Smith", "J. Smith", "J.Smith", "J. R. Smith", "JR Smith"
            List<String> initials = new ArrayList<>();
            for (String g : given) {
                List<String> gw = Text.foldedWords(g);
                if (!gw.isEmpty() && Character.isLetter(gw.get(0).charAt(0))) {
                    initials.add(gw.get(0).substring(0, 1));
                }
            }
            if (!initials.isEmpty()) {
                add(join(List.of(initials.get(0)), surnameWords), kind, Mode.INITIALS);
                add(join(initials, surnameWords), kind, Mode.INITIALS);
                add(join(List.of(String.join("", initials)), surnameWords), kind, Mode.INITIALS);
                // "JS", "J.S.", "J S": in capitals only, and never a kept abbreviation such as "PC" or "MP"
                String all = String.join("", initials) + surnameWords.get(surnameWords.size() - 1).charAt(0);
                String parts = String.join("", initials) + surnameWords.stream().filter(w -> w.length() > 2)
                        .map(w -> w.substring(0, 1)).collect(Collectors.joining()); // "SMR" for Seán McAllister-Reid
                for (String form : new java.util.LinkedHashSet<>(List.of(all, parts))) {
                    if (form.length() >= 2 && !keep.contains(form) && !StopList.isCommonWord(form)) {
                        add(List.of(form), kind, Mode.UPPER);
                        add(form.chars().mapToObj(c -> String.valueOf((char) c)).toList(), kind, Mode.UPPER);
                    }
                }
            }
            // "McAllister" also written "Mc Allister", "MacDonald" as "Mac Donald"
            for (String w : surnameWords) {
                Matcher mc = MC.matcher(w);
                if (mc.matches()) {
                    List<String> split = new ArrayList<>();
                    for (String x : surnameWords) {
                        if (x.equals(w)) {
                            split.add(mc.group(1));
                            split.add(mc.group(2));
                        } else {
                            split.add(x);
                        }
                    }
                    add(split, kind, Mode.ANY);
                    add(join(firstWords, split), kind, Mode.ANY);
                }
            }
            // the names the first name also goes by ("Maggie", "Raj"): as a name, like a common first name
            for (String nick : StopList.nicknames(String.join("", firstWords))) {
                add(join(List.of(nick), surnameWords), kind, Mode.ANY);
                if (!keep.contains(nick) && !StopList.isMonth(nick)) {
                    add(List.of(nick), kind, Mode.FIRST_NAME);
                }
            }
            // the first name alone: in any case where distinctive, else only where the writing makes it a name
            String f = String.join("", firstWords);
            if (firstWords.size() == 1 && !keep.contains(f) && !StopList.isMonth(f) && f.length() >= 2) {
                boolean distinctive = f.length() >= 3 && !StopList.isCommonWord(f);
                add(firstWords, kind, distinctive ? Mode.ANY : Mode.FIRST_NAME);
            }
            // a double-barrelled given name or a middle name written with the surname ("Mary-Jane", "Ann Louise Smith")
            for (int i = 1; i < given.size(); i++) {
                add(join(Text.foldedWords(given.get(i)), surnameWords), kind, Mode.ANY);
                single(Text.foldedWords(given.get(i)), kind); // "Singh" in "Rajinder Singh Bhogal"
            }
        }

        void party(String party) {
            if (party == null || party.isBlank()) {
                return;
            }
            String full = party.trim();
            String f = folded(full);
            if (NO_PARTY.contains(f)) {
                return;
            }
            add(full, Kind.PARTY, Mode.ANY);
            for (Map.Entry<String, List<String>> alias : PARTY_ALIASES.entrySet()) {
                if (f.contains(folded(alias.getKey()))) {
                    alias.getValue().forEach(a -> add(a, Kind.PARTY, Mode.CAPITAL));
                }
            }
            String core = full.replaceFirst("(?i)^the\\s+", "").replaceFirst("(?i)\\s+party$", "").trim();
            List<String> coreWords = Text.foldedWords(core);
            if (!coreWords.isEmpty() && !String.join(" ", coreWords).equals(f)) {
                add(join(coreWords, List.of("party")), Kind.PARTY, Mode.ANY);
            }
            if (!coreWords.isEmpty()) {
                String c = String.join(" ", coreWords);
                boolean common = coreWords.stream().allMatch(w -> StopList.isCommonWord(w) || keep.contains(w)) || c.length() <= 3;
                add(coreWords, Kind.PARTY, common ? Mode.CAPITAL : Mode.ANY);
                if (!common) {
                    add(join(coreWords, List.of("s")), Kind.PARTY, Mode.ANY); // "Broadland First's"
                }
                // an acronym of three letters or more ("SPV" for Suffolk People's Voice), in capitals
                String acronym = List.of(core.split("[\\s-]+")).stream()
                        .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                        .map(w -> folded(w).substring(0, 1)).collect(Collectors.joining());
                for (String a : List.of(acronym, acronym + "p")) { // "SPV"; "WEP" for Women's Equality Party
                    if (a.length() >= 3 && !keep.contains(a) && (a.equals(acronym) || f.endsWith(" party"))) {
                        add(List.of(a), Kind.PARTY, Mode.UPPER);
                    }
                }
            }
        }

        void contacts(Person p) {
            add(p.email(), Kind.EMAIL, Mode.ANY);
            add(p.postcode(), Kind.POSTCODE, Mode.ANY);
            if (p.postcode() != null) {
                add(p.postcode().replaceAll("\\s+", ""), Kind.POSTCODE, Mode.ANY);
            }
            if (p.address() != null && !p.address().isBlank()) {
                String[] parts = p.address().split(",");
                for (int i = 0; i < parts.length; i++) {
                    String part = parts[i].trim();
                    boolean last = i == parts.length - 1 && i > 0;
                    if (part.isEmpty() || (last && !part.matches(".*\\d.*"))) {
                        continue; // the town: a place, kept
                    }
                    String streetName = part.replaceFirst("^\\d+[A-Za-z]?\\s+", "");
                    for (String written : streetForms(part)) {
                        add(written, Kind.ADDRESS, Mode.ANY);
                    }
                    if (!streetName.equals(part) && streetName.contains(" ")) { // "Mill Lane", never a lone word
                        for (String written : streetForms(streetName)) {
                            add(written, Kind.ADDRESS, Mode.CAPITAL);
                        }
                    }
                }
            }
            if (p.socialHandles() != null) {
                for (String handle : p.socialHandles()) {
                    if (handle != null && handle.replace("@", "").length() >= 3) {
                        add(handle.replace("@", ""), Kind.HANDLE, Mode.ANY);
                        add(List.of(String.join("", Text.foldedWords(handle))), Kind.HANDLE, Mode.ANY);
                    }
                }
            }
        }

        private static final Map<String, String> STREET_SHORT = Map.ofEntries(Map.entry("road", "rd"),
                Map.entry("street", "st"), Map.entry("lane", "ln"), Map.entry("avenue", "ave"),
                Map.entry("close", "cl"), Map.entry("drive", "dr"), Map.entry("place", "pl"),
                Map.entry("crescent", "cres"), Map.entry("court", "ct"), Map.entry("gardens", "gdns"),
                Map.entry("terrace", "tce"), Map.entry("square", "sq"), Map.entry("grove", "gr"));

        /** A street as registered and with its last word in the other usual form: "Unthank Road", "Unthank Rd". */
        private static List<String> streetForms(String street) {
            List<String> forms = new ArrayList<>(List.of(street));
            String[] w = street.trim().split("\\s+");
            String last = w[w.length - 1].toLowerCase(Locale.ROOT).replace(".", "");
            for (Map.Entry<String, String> e : STREET_SHORT.entrySet()) {
                String other = last.equals(e.getKey()) ? e.getValue() : last.equals(e.getValue()) ? e.getKey() : null;
                if (other != null && w.length > 1) {
                    w[w.length - 1] = other;
                    forms.add(String.join(" ", w));
                }
            }
            return forms;
        }

        private static List<String> join(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    public Result redact(String text) {
        List<Removal> found = new ArrayList<>();
        registry(Text.of(text, false), found);
        if (Text.hasLineBreakHyphen(text)) {
            registry(Text.of(text, true), found);
        }
        collect(found, Kind.EMAIL, EMAIL, text);
        collect(found, Kind.HANDLE, HANDLE, text);
        collect(found, Kind.POSTCODE, POSTCODE, text);
        collect(found, Kind.ADDRESS, ADDRESS, text);
        collect(found, Kind.PHONE, UK_PHONE, text);
        Matcher url = URL.matcher(text);
        while (url.find()) {
            int end = url.end();
            while (end > url.start() && ".,;:!?)]'\"".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String address = text.substring(url.start(), end);
            if (PUBLIC_BODY.matcher(address).find()) {
                continue; // the force's or a council's own page: not a requester's contact
            }
            found.add(new Removal(Kind.URL, address, url.start(), end));
        }
        for (PhoneNumberMatch pm : PHONES.findNumbers(text, "GB", PhoneNumberUtil.Leniency.POSSIBLE, PHONE_TRIES)) {
            String raw = pm.rawString();
            int from = pm.start();
            if (raw.startsWith("(") && raw.indexOf(')') < 0) { // "(01632 960606)": the bracket is the sentence's
                raw = raw.substring(1);
                from++;
            }
            // a whole number written as UK numbers are (0…, +44…, (0…), not a reference or a count
            if (raw.replaceAll("\\D", "").length() >= 10 && "0+(".indexOf(raw.charAt(0)) >= 0) {
                found.add(new Removal(Kind.PHONE, raw, from, pm.end()));
            }
        }
        people.find(text, found);
        givenNames(text, found);
        return apply(text, withTowns(resolve(found, text), text));
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{Ll}'’]+)[ \\t]$");

    /**
     * A capitalised word just before a candidate's or agent's surname is taken as their given name, however
     * written ("Raj Bhogal", "Maggie Thornbury"), unless it is a title, a role or an ordinary word.
     */
    private void givenNames(String text, List<Removal> found) {
        List<Removal> more = new ArrayList<>();
        for (Removal r : found) {
            if ((r.kind() != Kind.CANDIDATE && r.kind() != Kind.AGENT) || r.text().length() < 2
                    || !Character.isLowerCase(r.text().charAt(1))) {
                continue; // only before a name written as a word ("Bhogal"), not initials ("M.T.")
            }
            Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, r.start() - 20), r.start()));
            if (m.find()) {
                String w = m.group(1);
                String f = folded(w);
                if (!TITLES.contains(f) && !keep.contains(f) && !StopList.isCommonWord(f)
                        && !PersonDetector.notAName(w) && !f.matches(".*(?:ed|ing|ly)")) { // not "Signed", "Only"
                    int start = r.start() - (m.end() - m.start());
                    more.add(new Removal(r.kind(), text.substring(start, r.end()), start, r.end()));
                }
            }
        }
        found.addAll(more);
    }

    private static final Pattern TOWN_BEFORE_POSTCODE = Pattern.compile(
            ",?\\s*(?:\\p{Lu}[\\p{L}'’-]+(?:[ -](?:\\p{Lu}[\\p{L}'’-]+|on|upon|next|the|le|by)){0,3},?)?\\s*");

    /** "12 Mill Lane, Dereham NR19 1AB": the town between a street address and its postcode goes with them. */
    private static List<Removal> withTowns(List<Removal> removals, String text) {
        List<Removal> out = new ArrayList<>(removals);
        for (int i = 0; i + 1 < out.size(); i++) {
            Removal a = out.get(i);
            Removal p = out.get(i + 1);
            if (a.kind() == Kind.ADDRESS && p.kind() == Kind.POSTCODE
                    && TOWN_BEFORE_POSTCODE.matcher(text.substring(a.end(), p.start())).matches()) {
                String gap = text.substring(a.end(), p.start());
                int end = a.end() + gap.stripTrailing().length();
                if (end > a.end()) {
                    out.set(i, new Removal(Kind.ADDRESS, text.substring(a.start(), end), a.start(), end));
                }
            }
        }
        return out;
    }

    private void registry(Text t, List<Removal> found) {
        String text = t.original;
        automaton.scan(t, (first, last, terms) -> {
            int start = t.words.get(first).start();
            int end = t.words.get(last).end();
            int wordsEnd = end;
            // possessive or plural possessive: "Smith's", "Smith’s", "Hughes'"
            if (last + 1 < t.words.size() && t.words.get(last + 1).folded().equals("s")
                    && t.words.get(last + 1).start() == end + 1 && Text.isApostrophe(text.charAt(end))
                    && (last + 2 >= t.words.size() || t.words.get(last + 2).start() > t.words.get(last + 1).end())) {
                end = t.words.get(last + 1).end();
            } else if (end < text.length() && Text.isApostrophe(text.charAt(end))
                    && t.words.get(last).folded().endsWith("s")
                    && (end + 1 >= text.length() || !Character.isLetter(text.charAt(end + 1)))) {
                end++;
            }
            for (Term term : terms) {
                if (accepts(term.kind() == Kind.PARTY && term.mode() == Mode.CAPITAL ? Mode.INITIALS : term.mode(),
                        text, start, wordsEnd, end)) { // a party is named as such wherever it is capitalised
                    int e = end;
                    if (term.mode() == Mode.UPPER && e < text.length() && text.charAt(e) == '.'
                            && text.substring(start, e).contains(".")) {
                        e++; // "M.T." whole
                    }
                    found.add(new Removal(term.kind(), text.substring(start, e), start, e));
                }
            }
        });
    }

    /** @param end the end of the words matched; {@code withPossessive} past a possessive "'s" if any */
    private static boolean accepts(Mode mode, String text, int start, int end, int withPossessive) {
        switch (mode) {
            case ANY:
                return true;
            case UPPER:
                return text.substring(start, end).chars().noneMatch(Character::isLowerCase);
            case INITIALS:
                return Character.isUpperCase(text.charAt(start));
            case CAPITAL:
                if (!Character.isUpperCase(text.charAt(start)) || STREET_AFTER.matcher(text).region(end,
                        text.length()).lookingAt()) {
                    return false; // "Brook Street", "Long Lane": a place, not the person
                }
                // a capitalised common word opening a sentence is a name only if the writing says so
                return !sentenceStart(text, start) || withPossessive > end || namedHere(text, start, end);
            case FIRST_NAME:
                return Character.isUpperCase(text.charAt(start)) && (!sentenceStart(text, start)
                        || withPossessive > end || namedHere(text, start, end));
            default:
                return false;
        }
    }

    private static boolean namedHere(String text, int start, int end) {
        return REPORTING_VERB.matcher(text).region(end, text.length()).lookingAt()
                || (end < text.length() && text.charAt(end) == ',') // "Will, thanks": someone addressed
                || TITLE_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()
                || lineIsName(text, start, end);
    }

    /** The word is a line of its own (a signature, an addressee), or the line is "Name," */
    private static boolean lineIsName(String text, int start, int end) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        int le = text.indexOf('\n', end);
        String line = text.substring(ls, le < 0 ? text.length() : le).trim();
        String name = text.substring(start, end);
        return line.equals(name) || line.equals(name + ",");
    }

    /** Whether only spaces, quotes or brackets lie between the offset and the start of the text or a sentence. */
    static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '-' || c == '•' || c == '>' || c == '*') {
                return true;
            }
            if (c == '\n') { // a new line starts a sentence unless the line before runs on into it
                int j = i - 1;
                while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j--;
                }
                return j < 0 || !(Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == ',');
            }
            if (!Character.isWhitespace(c) && "\"'“‘(".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void collect(List<Removal> found, Kind kind, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Removal(kind, m.group(), m.start(), m.end()));
        }
    }

    /**
     * Longest first; on a tie, the kind listed first (a candidate before a party, a party before a pattern, a
     * person outside the registry last), except that a word that is both a person's name and a party ("Green")
     * is the party unless a title precedes it ("Mr Green").
     */
    private static List<Removal> resolve(List<Removal> found, String text) {
        Set<Long> partySpans = new HashSet<>();
        found.stream().filter(r -> r.kind() == Kind.PARTY)
                .forEach(r -> partySpans.add(((long) r.start() << 32) | r.end()));
        List<Removal> retyped = new ArrayList<>(found.size());
        for (Removal r : found) {
            if ((r.kind() == Kind.CANDIDATE || r.kind() == Kind.AGENT || r.kind() == Kind.PERSON)
                    && partySpans.contains(((long) r.start() << 32) | r.end())
                    && !TITLE_BEFORE.matcher(text.substring(Math.max(0, r.start() - 12), r.start())).find()) {
                continue; // the party reading of the same span wins
            }
            retyped.add(r);
        }
        // a name the person detector found that holds a registry name ("Ms O Dálaigh") is that candidate or agent
        List<Removal> registryNames = retyped.stream()
                .filter(r -> r.kind() == Kind.CANDIDATE || r.kind() == Kind.AGENT).toList();
        for (int i = 0; i < retyped.size(); i++) {
            Removal r = retyped.get(i);
            if (r.kind() == Kind.PERSON) {
                for (Removal n : registryNames) {
                    if (n.start() >= r.start() && n.end() <= r.end()) {
                        retyped.set(i, new Removal(n.kind(), r.text(), r.start(), r.end()));
                        break;
                    }
                }
            }
        }
        retyped.sort(Comparator.comparingInt((Removal r) -> r.end() - r.start()).reversed()
                .thenComparing(Removal::kind).thenComparingInt(Removal::start));
        List<Removal> kept = new ArrayList<>();
        TreeMap<Integer, Removal> byStart = new TreeMap<>();
        for (Removal r : retyped) {
            if (r.end() <= r.start()) {
                continue;
            }
            Map.Entry<Integer, Removal> before = byStart.floorEntry(r.start());
            if (before != null && before.getValue().end() > r.start()) {
                continue;
            }
            Map.Entry<Integer, Removal> after = byStart.ceilingEntry(r.start());
            if (after != null && after.getKey() < r.end()) {
                continue;
            }
            byStart.put(r.start(), r);
            kept.add(r);
        }
        kept.sort(Comparator.comparingInt(Removal::start));
        return kept;
    }

    private static Result apply(String text, List<Removal> removals) {
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Removal r : removals) {
            sb.append(text, at, r.start()).append(r.kind().placeholder());
            at = r.end();
        }
        sb.append(text.substring(at));
        return new Result(sb.toString(), List.copyOf(removals));
    }
}
