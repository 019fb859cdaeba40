package uk.police.purdah.publication.anonymiser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * PUB-2: makes a text not attributable to a candidate. Built once per election registry (immutable, thread
 * safe): every registry term (names and their variants, agents, parties, the registered contacts) is compiled
 * into one alternation per kind, longest term first, and matched on an accent- and case-folded copy of the text
 * whose offsets map back to the original. Patterns then catch what the registry does not know: e-mail
 * addresses, UK phone numbers (libphonenumber), postcodes, street addresses, URLs and social handles.
 * Overlapping matches are resolved longest first; each kept match is replaced by a typed placeholder.
 *
 * <p>Common words that are also names ({@link StopList}) are handled so as not to over-redact: a first name
 * that is a common word ("Will", "Mark", "May") is removed only as part of the full name or an initials form;
 * a surname or party word that is a common word ("Green", "Baker") is removed only when written with a
 * capital. Terms equal to something that must be kept (the police area, office holders' titles, policing
 * acronyms such as "PC" or "PCC") are never registry terms.
 */
public final class Anonymiser {

    public enum Kind {
        CANDIDATE, AGENT, PARTY, EMAIL, PHONE, POSTCODE, ADDRESS, URL, HANDLE;

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

    /** Kept whatever the registry says: office holders' titles and policing terms (folded forms). */
    public static final Set<String> ALWAYS_KEPT = Set.of("chief constable", "pcc", "police and crime commissioner",
            "chief executive", "commissioner", "constable", "chief", "police", "crime", "executive", "opcc", "foi",
            "spoc", "pc", "pcso", "cc", "dc", "ds", "di", "dci", "dcc", "acc", "sgt", "insp", "supt", "ch");

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String POSSESSIVE = "(?:'s|s'|'|s)?";
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "sir", "dame",
            "lord", "lady", "prof", "rev");
    private static final Set<String> PARTICLES = Set.of("de", "la", "le", "du", "da", "di", "van", "von", "der",
            "den", "del", "della", "st", "bin", "ibn", "al", "el", "mac", "ap", "o");

    /** The names a party also goes by in ordinary writing, found by a word of its registered name. */
    private static final Map<String, List<String>> PARTY_ALIASES = Map.of(
            "liberal democrat", List.of("Lib Dem", "Lib Dems", "LibDem", "LibDems", "Liberal Democrat"),
            "conservative", List.of("Conservative", "Conservatives", "Tory", "Tories"),
            "labour", List.of("Labour"),
            "green party", List.of("Greens"),
            "reform uk", List.of("Reform"),
            "plaid cymru", List.of("Plaid"),
            "scottish national", List.of("SNP"));

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"]+|" + B
                    + "[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:co\\.uk|org\\.uk|gov\\.uk|police\\.uk|ac\\.uk|uk|com|org|net|info|io|me)"
                    + "(?:/[^\\s<>\"]*)?" + E);
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@[A-Za-z0-9_]{2,30}" + E);
    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)" + B + "(?:GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})" + E);
    private static final String SUFFIXES = "Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Place|Pl|Crescent"
            + "|Cres|Court|Ct|Gardens|Gdns|Grove|Gr|Terrace|Tce|Hill|Square|Sq|Row|Walk|Mews|Park|Green|Rise|View"
            + "|Parade|Gate|End|Yard|Loke|Chase|Meadow|Meadows|Wharf|Boulevard|Causeway|Common";
    private static final Pattern ADDRESS = Pattern.compile(B + "(?:(?:Flat|Apartment|Unit)\\s+\\d+[A-Za-z]?,?\\s+)?"
            + "\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][\\p{L}'’-]*\\s+){1,3}(?:" + SUFFIXES + ")" + E + "\\.?");
    private static final Pattern UK_PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|\\(?0)\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?!\\d)");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** One compiled alternation of registry terms of one kind, matched on the folded text. */
    private enum Mode {
        /** in any case */
        ANY,
        /** only capitalised: a surname or party word that is a common word */
        CAPITAL,
        /** a first name that is a common word: capitalised and inside a sentence, or before a reporting verb */
        FIRST_NAME
    }

    private record TermMatcher(Kind kind, Pattern pattern, Mode mode) {
    }

    private final List<TermMatcher> matchers;
    private final Pattern initials;

    private Anonymiser(List<TermMatcher> matchers, Pattern initials) {
        this.matchers = matchers;
        this.initials = initials;
    }

    public static Anonymiser of(Collection<Person> people) {
        return of(people, Set.of());
    }

    /** @param kept further terms to keep, such as the police area ("Norfolk"): never registry terms. */
    public static Anonymiser of(Collection<Person> people, Collection<String> kept) {
        Set<String> keep = new java.util.HashSet<>();
        ALWAYS_KEPT.forEach(keep::add);
        kept.forEach(k -> keep.add(fold(k).text().trim()));
        Map<Kind, Set<String>> terms = new EnumMap<>(Kind.class);
        Map<Kind, Set<String>> capitalTerms = new EnumMap<>(Kind.class);
        Map<Kind, Set<String>> firstNameTerms = new EnumMap<>(Kind.class);
        Set<String> initialForms = new LinkedHashSet<>();
        for (Person p : people) {
            person(p.name(), Kind.CANDIDATE, terms, capitalTerms, firstNameTerms, initialForms, keep);
            person(p.agentName(), Kind.AGENT, terms, capitalTerms, firstNameTerms, initialForms, keep);
            party(p.party(), terms, capitalTerms, keep);
            add(terms, Kind.EMAIL, p.email(), false, keep);
            add(terms, Kind.POSTCODE, p.postcode(), false, keep);
            if (p.address() != null && !p.address().isBlank()) {
                add(terms, Kind.ADDRESS, p.address(), false, keep);
                String street = p.address().split(",")[0].trim();
                add(terms, Kind.ADDRESS, street, false, keep);
                String streetName = street.replaceFirst("^\\d+[A-Za-z]?\\s+", "");
                if (streetName.contains(" ")) { // "Mill Lane", never a lone word
                    add(terms, Kind.ADDRESS, streetName, false, keep);
                }
            }
            if (p.socialHandles() != null) {
                for (String handle : p.socialHandles()) {
                    if (handle != null && handle.replace("@", "").length() >= 3) {
                        terms.computeIfAbsent(Kind.HANDLE, k -> new LinkedHashSet<>())
                                .add("@?" + Pattern.quote(fold(handle.replace("@", "")).text()));
                    }
                }
            }
        }
        List<TermMatcher> matchers = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (terms.containsKey(kind)) {
                matchers.add(new TermMatcher(kind, alternation(terms.get(kind)), Mode.ANY));
            }
            if (capitalTerms.containsKey(kind)) {
                matchers.add(new TermMatcher(kind, alternation(capitalTerms.get(kind)), Mode.CAPITAL));
            }
            if (firstNameTerms.containsKey(kind)) {
                matchers.add(new TermMatcher(kind, alternation(firstNameTerms.get(kind)), Mode.FIRST_NAME));
            }
        }
        Pattern initials = initialForms.isEmpty() ? null
                : Pattern.compile(B + "(?:" + String.join("|", initialForms) + ")" + E);
        return new Anonymiser(List.copyOf(matchers), initials);
    }

    private static Pattern alternation(Set<String> regexes) {
        List<String> sorted = new ArrayList<>(regexes);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        // a name runs into a digit ("Thornbury4PCC") but not into a letter
        return Pattern.compile("(?<!\\p{L})(?:" + String.join("|", sorted) + ")(?!\\p{L})");
    }

    private static void person(String name, Kind kind, Map<Kind, Set<String>> terms,
            Map<Kind, Set<String>> capitalTerms, Map<Kind, Set<String>> firstNameTerms, Set<String> initialForms,
            Set<String> keep) {
        if (name == null || name.isBlank()) {
            return;
        }
        List<String> tokens = new ArrayList<>(List.of(name.trim().split("\\s+")));
        while (tokens.size() > 1 && TITLES.contains(fold(tokens.get(0)).text().replace(".", ""))) {
            tokens.remove(0);
        }
        add(terms, kind, String.join(" ", tokens), true, Set.of());
        add(terms, kind, name.trim(), true, Set.of());
        if (tokens.size() == 1) {
            single(tokens.get(0), kind, terms, capitalTerms, keep);
            return;
        }
        int surnameStart = tokens.size() - 1;
        while (surnameStart > 1 && PARTICLES.contains(fold(tokens.get(surnameStart - 1)).text())) {
            surnameStart--;
        }
        String first = tokens.get(0);
        String surname = String.join(" ", tokens.subList(surnameStart, tokens.size()));
        String lastWord = tokens.get(tokens.size() - 1);
        add(terms, kind, first + " " + surname, true, Set.of());
        // the surname alone, its last word alone, and each part of a hyphenated surname
        single(surname, kind, terms, capitalTerms, keep);
        single(lastWord, kind, terms, capitalTerms, keep);
        for (String part : lastWord.split("[-‐‑–]")) {
            if (!part.equals(lastWord)) {
                single(part, kind, terms, capitalTerms, keep);
            }
        }
        // initials forms: "J. Smith", "J Smith", "J.Smith", "J. R. Smith"; and "JS" standalone, as written
        StringBuilder initialRun = new StringBuilder();
        StringBuilder upper = new StringBuilder();
        for (String t : tokens.subList(0, surnameStart)) {
            String f = fold(t).text();
            if (f.isEmpty() || !Character.isLetter(f.charAt(0))) {
                continue;
            }
            initialRun.append(Pattern.quote(f.substring(0, 1))).append("\\.?\\s*");
            upper.append(Pattern.quote(fold(t).text().substring(0, 1).toUpperCase(Locale.ROOT))).append("\\.?");
            String firstInitialRegex = Pattern.quote(f.substring(0, 1)) + "\\.?\\s*" + regex(surname) + POSSESSIVE;
            terms.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(firstInitialRegex);
        }
        terms.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(initialRun + regex(surname) + POSSESSIVE);
        // first name alone, only where distinctive
        String foldedFirst = fold(first).text();
        if (foldedFirst.length() >= 3 && !StopList.isCommonWord(foldedFirst) && !keep.contains(foldedFirst)) {
            add(terms, kind, first, true, keep);
        } else if (foldedFirst.length() >= 3 && !StopList.isMonth(foldedFirst) && !keep.contains(foldedFirst)) {
            add(firstNameTerms, kind, first, true, keep);
        }
        String surnameInitial = fold(lastWord).text().substring(0, 1).toUpperCase(Locale.ROOT);
        String allInitials = tokens.subList(0, surnameStart).stream().map(t -> fold(t).text())
                .filter(t -> !t.isEmpty()).map(t -> t.substring(0, 1)).reduce("", String::concat) + surnameInitial;
        if (allInitials.length() >= 2 && Character.isLetter(surnameInitial.charAt(0))
                && !keep.contains(allInitials.toLowerCase(Locale.ROOT))) {
            initialForms.add(upper + Pattern.quote(surnameInitial) + "\\.?");
        }
    }

    /** A single word or surname: removed in any case unless it is a common word, then only capitalised. */
    private static void single(String word, Kind kind, Map<Kind, Set<String>> terms,
            Map<Kind, Set<String>> capitalTerms, Set<String> keep) {
        String f = fold(word).text();
        if (f.length() < 2 || keep.contains(f)) {
            return;
        }
        if (StopList.isCommonWord(f) || f.length() <= 2) {
            add(capitalTerms, kind, word, true, keep);
        } else {
            add(terms, kind, word, true, keep);
        }
    }

    private static void party(String party, Map<Kind, Set<String>> terms, Map<Kind, Set<String>> capitalTerms,
            Set<String> keep) {
        if (party == null || party.isBlank()) {
            return;
        }
        String full = party.trim();
        add(terms, Kind.PARTY, full, true, keep);
        String folded = fold(full).text();
        for (Map.Entry<String, List<String>> alias : PARTY_ALIASES.entrySet()) {
            if (folded.contains(alias.getKey())) {
                alias.getValue().forEach(a -> add(capitalTerms, Kind.PARTY, a, true, keep));
            }
        }
        String core = full.replaceFirst("(?i)^the\\s+", "").replaceFirst("(?i)\\s+party$", "").trim();
        if (!core.isEmpty() && !fold(core).text().equals(fold(full).text())) {
            add(terms, Kind.PARTY, core + " Party", true, keep);
            if (StopList.isCommonWord(fold(core).text()) || fold(core).text().length() <= 3) {
                add(capitalTerms, Kind.PARTY, core, true, keep); // "Green": only as "Green", not "green spaces"
            } else {
                add(terms, Kind.PARTY, core, true, keep);
            }
        }
    }

    private static void add(Map<Kind, Set<String>> terms, Kind kind, String term, boolean possessive,
            Set<String> keep) {
        if (term == null || term.isBlank() || keep.contains(fold(term).text().trim())) {
            return;
        }
        terms.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(regex(term) + (possessive ? POSSESSIVE : ""));
    }

    /** A term as a regex over folded text: flexible whitespace, optional hyphens, apostrophes and full stops. */
    static String regex(String term) {
        String f = fold(term.trim()).text();
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                sb.append("[\\s']+"); // "Ó Dálaigh" is also written "O'Dalaigh"
                space = false;
            }
            if (c == '-') {
                sb.append("[-\\s]?");
            } else if (c == '\'') {
                sb.append("'?");
            } else if (c == '.') {
                sb.append("\\.?");
            } else if (c == ',') {
                sb.append(",?");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    /** A folded copy of a text: no accents, lower case, one apostrophe and one hyphen; offsets into the original. */
    record Folded(String text, int[] origin) {
        int start(int foldedStart) {
            return origin[foldedStart];
        }

        int end(int foldedEnd, String original) {
            if (foldedEnd >= origin.length) {
                return original.length();
            }
            return origin[foldedEnd];
        }
    }

    static Folded fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String out;
            if (c == '’' || c == '‘' || c == 'ʼ' || c == '`') {
                out = "'";
            } else if (c == '‐' || c == '‑' || c == '‒' || c == '–' || c == '—') {
                out = "-";
            } else if (c < 128) {
                out = String.valueOf(Character.toLowerCase(c));
            } else {
                out = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
                if (out.isEmpty()) {
                    out = " "; // a lone combining mark: keep offsets
                }
            }
            for (int k = 0; k < out.length(); k++) {
                if (n >= origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[n++] = i;
                sb.append(out.charAt(k));
            }
        }
        if (n >= origin.length) {
            origin = java.util.Arrays.copyOf(origin, n + 1);
        }
        origin[n] = text.length();
        return new Folded(sb.toString(), origin);
    }

    public Result redact(String text) {
        List<Removal> found = new ArrayList<>();
        Folded folded = fold(text);
        for (TermMatcher tm : matchers) {
            Matcher m = tm.pattern().matcher(folded.text());
            while (m.find()) {
                int start = folded.start(m.start());
                int end = folded.end(m.end(), text);
                if (tm.mode() != Mode.ANY && !Character.isUpperCase(text.charAt(start))) {
                    continue;
                }
                if (tm.mode() == Mode.FIRST_NAME && sentenceStart(text, start) && !REPORTING_VERB.matcher(text)
                        .region(end, text.length()).lookingAt()) {
                    continue; // "Will the force publish…?" stays; "Will asked…" goes
                }
                found.add(new Removal(tm.kind(), text.substring(start, end), start, end));
            }
        }
        if (initials != null) {
            collect(found, Kind.CANDIDATE, initials, text);
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
            found.add(new Removal(Kind.URL, text.substring(url.start(), end), url.start(), end));
        }
        for (PhoneNumberMatch pm : PHONES.findNumbers(text, "GB", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            String raw = pm.rawString();
            if (raw.replaceAll("\\D", "").length() >= 10) { // a whole number, not a year or a count
                found.add(new Removal(Kind.PHONE, raw, pm.start(), pm.end()));
            }
        }
        return apply(text, resolve(found, text));
    }

    private static final Pattern REPORTING_VERB = Pattern.compile("(?:'s|’s)?\\s+(?:[a-z]+ed|said|says|asks|told|"
            + "tells|wrote|writes|rang|rings|spoke|speaks|came|went|met|meets|is|was|has|had|and|from|of|thinks|thought|"
            + "wants|wanted|will|would|can|could|replied|replies|called|calls)(?![\\p{L}])");

    /** Whether only spaces, quotes or brackets lie between the offset and the start of the text or a sentence. */
    private static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '-' || c == '•') {
                return true;
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

    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?i)(?:mr|mrs|ms|miss|mx|dr|cllr|sir|dame|lord|lady|prof|rev)\\.?\\s+$");

    /**
     * Longest first; on a tie, the kind listed first (a candidate before a party, a party before a pattern),
     * except that a word that is both a person's name and a party ("Green") is the party unless a title
     * precedes it ("Mr Green").
     */
    private static List<Removal> resolve(List<Removal> found, String text) {
        Set<Long> partySpans = new java.util.HashSet<>();
        found.stream().filter(r -> r.kind() == Kind.PARTY).forEach(r -> partySpans.add(((long) r.start() << 32) | r.end()));
        List<Removal> retyped = new ArrayList<>(found.size());
        for (Removal r : found) {
            if ((r.kind() == Kind.CANDIDATE || r.kind() == Kind.AGENT)
                    && partySpans.contains(((long) r.start() << 32) | r.end())
                    && !TITLE_BEFORE.matcher(text.substring(Math.max(0, r.start() - 8), r.start())).find()) {
                continue; // the party reading of the same span wins
            }
            retyped.add(r);
        }
        found = retyped;
        found.sort(Comparator.comparingInt((Removal r) -> r.end() - r.start()).reversed()
                .thenComparing(Removal::kind).thenComparingInt(Removal::start));
        List<Removal> kept = new ArrayList<>();
        java.util.TreeMap<Integer, Removal> byStart = new java.util.TreeMap<>();
        for (Removal r : found) {
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
