package uk.police.purdah.publication.anonymiser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PUB-2: names of people who are not in the candidate registry (members of the public, staff, third parties),
 * replaced by {@code [person]}. No statistical name finder for English is published on Maven Central (Apache
 * OpenNLP's person model is distributed elsewhere), so this is a rule-based detector of where British official
 * writing puts a name, measured on the corpus (see docs/anonymiser.md):
 * <ul>
 * <li>after a courtesy title or police rank: "Mrs Jane Holloway", "Insp. Holloway", "PC Tariq Aziz";</li>
 * <li>a salutation ("Dear Jane,"), the line after a sign-off ("Kind regards,\nJane Holloway"), the names in an
 * e-mail header ("From: Jane Holloway &lt;…&gt;") and in a labelled field ("Caller: Jane Holloway",
 * "Present: …; Jane Holloway (Partnerships)");</li>
 * <li>a known first name ({@link StopList#isFirstName}) followed by a capitalised surname that is not a street,
 * building or place word: "Jane Holloway" anywhere;</li>
 * <li>then every other capitalised use of a surname or first name so found, in the same document ("Holloway
 * said").</li>
 * </ul>
 * Titles and ranks are kept ("Mrs [person]"): they are not identifying and they show who spoke.
 */
final class PersonDetector {

    /** A capitalised word with a lower-case letter: "Holloway", "McManus", "O'Neill", "Asante-Boateng". */
    private static final String WORD = "\\p{Lu}\\p{Lu}?[\\p{Ll}'’][\\p{L}'’]{0,40}+(?:-\\p{Lu}[\\p{L}'’]{0,40}+)?";
    private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}\\.?(?=\\s)|" + WORD);
    private static final String INITIAL = "\\p{Lu}\\.?";
    private static final String GAP = "(?:[ \\t\\u00A0]+|[ \\t]*\\r?\\n[ \\t]*)";
    /** One to three name words, possibly after initials: "Jane Holloway", "J. Holloway", "J R Holloway". */
    private static final String NAME = "(?:" + INITIAL + GAP + "){0,2}" + WORD + "(?:" + GAP + WORD + "){0,2}";
    /** Abbreviated titles and ranks, which may take a full stop ("Insp.", "Mr."). */
    private static final String ABBREVIATED = "(?:Mr|Mrs|Ms|Mx|Dr|Cllr|Prof|Rev|Revd|PC|DC|DS|PS|Sgt|Insp|DI|DCI|Supt"
            + "|Ch Supt|PCSO|Det)\\.?";
    /** Titles and ranks written in full: never followed by a full stop, which would end a sentence. */
    private static final String FULL = "(?:Miss|Councillor|Sir|Dame|Lord|Lady|Professor|Reverend|Sergeant|Inspector"
            + "|Chief Inspector|Superintendent|Chief Superintendent|Detective|Detective Constable|Detective Sergeant"
            + "|Detective Inspector|Detective Chief Inspector|Chief Constable|Deputy Chief Constable"
            + "|Assistant Chief Constable|Chief Executive|Chief Officer)";
    private static final String TITLE = "(?:" + ABBREVIATED + "|" + FULL + ")";
    private static final Pattern TITLED = Pattern.compile("(?<![\\p{L}])" + TITLE + GAP + "(?:\\d{2,5}" + GAP
            + ")?(" + NAME + ")");
    private static final Pattern SALUTATION = Pattern.compile("(?m)^[ \\t]*(?:Dear|Hello|Hi|Good morning|Good afternoon)"
            + "[ \\t]+(?:" + TITLE + "[ \\t]+)?(" + NAME + ")[ \\t]*[,\\n]");
    private static final Pattern SIGN_OFF = Pattern.compile("(?m)^[ \\t]*(?i:yours sincerely|yours faithfully|"
            + "yours truly|yours|kind regards|best regards|warm regards|regards|best wishes|many thanks|thanks|thank you|"
            + "with thanks|sincerely|cheers)[,.!]?[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)?[ \\t]*(?:" + TITLE + "[ \\t]+)?("
            + NAME + ")[ \\t]*(?:\\r?\\n|$|,|\\()");
    private static final Pattern FIELD = Pattern.compile("(?m)^[ \\t]*(?:From|To|Cc|CC|Bcc|Reply-To|Sent by|Name|"
            + "Full name|Caller|Requester|Requestor|Applicant|Complainant|Contact|Recorded by|Logged by|Officer|"
            + "Attended by|Author|Prepared by|Note taker|Notes|Minutes|Witness|Visited by|Signed|Chair|Present|"
            + "Attendees|Attending|Apologies|In attendance|Staff|Staff member|Receiving officer|Handled by|"
            + "Approved by|Reviewed by|Interpreter|Driver|Escort|Host)[ \\t]*:[ \\t]*(.+)$");
    private static final Pattern SEGMENT = Pattern.compile("^(?:(?:the|The)\\s+)?(?:" + TITLE + "\\s+)?(" + NAME
            + ")\\s*(?:<[^>]*>|\\([^)]*\\)|\\[[^]]*\\])?\\s*\\.?$");
    /** Two or three capitalised words then a reporting verb or an apposition: "Ptolemy Grieve said", "X Y, our treasurer". */
    private static final Pattern NAME_IN_PROSE = Pattern.compile("(?<![\\p{L}\\p{N}])(" + WORD + "(?:[ \\t]+" + WORD
            + "){1,2})(?:\\s+(?:\\([^)\\n]{1,60}\\)\\s+)?(?:said|says|told|asked|wrote|rang|phoned|called|replied|"
            + "complained|explained|confirmed|agreed|will|would|has|had|was)\\b|,\\s+(?:our|the|a|an|his|her|their)\\s+"
            + "\\p{Ll}+)");
    /** A known given name alone, capitalised inside a sentence: "Niamh and Callum from the panel". */
    private static final Pattern FIRST_ALONE = Pattern.compile("(?<![\\p{L}\\p{N}])(" + WORD + ")(?![\\p{L}'’])");
    private static final Set<String> PLACE_NAMES = Set.of("Florence", "Lynn", "Chelsea", "Victoria", "Jersey",
            "Sydney", "Adelaide", "Charlotte", "Eleanor");
    private static final Pattern KNOWN_FIRST = Pattern.compile("(?<![\\p{L}\\p{N}])(" + WORD + ")" + GAP + "(?:"
            + INITIAL + GAP + ")?(" + WORD + ")(?![\\p{L}])");

    /** Words that end a name: office and role words, places of work, street and building words. */
    private static final Set<String> NOT_A_NAME = Set.copyOf(new LinkedHashSet<>(List.of(("Chief Constable "
            + "Commissioner Executive Officer Officers Office Police Policing Force Team Unit Department Station "
            + "Headquarters HQ Council County City Borough District Parish Town Village Court Crown Magistrates "
            + "To From Cc Bcc Sent Subject Could Would Should Can Will May Might Must Shall Did Does Do Is Are Was "
            + "Were Has Have Had If When Where What Why How Who Which Whilst While As At In On Of For By With And But Or "
            + "Mr Mrs Ms Miss Mx Dr Cllr Councillor Dame Prof Professor Rev Revd Reverend Sgt Insp Supt PCSO Det "
            + "Sir Madam Colleague Colleagues All Everyone Team Candidate Candidates Agent Agents Friends Resident "
            + "Residents Member Members Chair Secretary Manager Director Head Lead Inspector Sergeant Superintendent "
            + "Constable Deputy Assistant Detective The A An This That These Those Our Your Their We I You It He She "
            + "They Yes No Please Thank Thanks Regards Best Kind Many Yours Date Time Subject Re Fwd Attachment "
            + "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
            + "August September October November December Centre Center House Hall Building Hospital School College "
            + "University Church Chapel Library Museum Hotel Bridge Airport Market Square Park Road Street Lane "
            + "Avenue Close Drive Way Place Crescent Gardens Grove Terrace Hill Row Walk Mews Green Rise View Parade "
            + "Gate Yard Common Estate Industrial Retail Business Shopping Community Safety Neighbourhood Watch "
            + "Partnership Partnerships Board Panel Committee Group Service Services Trust Foundation Ltd Limited "
            + "Plc Company Association Society Club Union Party Campaign Election Elections Returning Monitoring "
            + "Information Freedom Act Data Protection Commissioner's Prospective Independent Labour Conservative "
            + "Conservatives Green Greens Reform Liberal Democrat Democrats Pledge Briefing Meeting Note Notes "
            + "Response Request Requests Decision Record Summary Action Actions Item Items Agenda Appendix Annex "
            + "Section Paragraph Page Table Figure Version Draft Final Public Private Official Sensitive Restricted "
            + "Control Room Contact Management Operations Operation Response Roads Rural Urban Crime Crimes Anti "
            + "Social Behaviour Domestic Abuse Victims Victim Witness Care Support Hub Desk Line Number Reference "
            + "Freepost Norfolk Norwich Suffolk Ipswich North South East West Central Upper Lower Great Little Old "
            + "New Saint St Dear Hello Hi Good Morning Afternoon Evening Minister Secretary State Home Prime Mayor "
            + "Lord Lady King Queen Prince Princess Parliament Parliamentary Government Ministry Justice Health "
            + "Fire Rescue Ambulance NHS Britain British England English Wales Welsh Scotland Scottish UK Kingdom "
            + "United Labour's Tory Tories Green's Visit Visits Custody Suite Investigation Investigations Review "
            + "Report Reports Dashboard Portal Website Twitter Facebook Instagram Bluesky Microsoft Teams Zoom "
            + "Guidance Code Practice Purdah Pre-election Period Poll Polling Day Count Hustings Manifesto Leaflet "
            + "Leaflets Letter Email E-mail Phone Call Calls Mobile Tel Telephone Fax Ext Extension Address Postcode "
            + "Flat Unit Apartment Mill Street Yarmouth Dereham Thetford Wymondham Breckland Broadland Lynn King's "
            + "Kings Cromer Diss Swaffham Fakenham Aylsham Attleborough Downham Market Hunstanton Holt Sheringham "
            + "Lowestoft Bury Edmunds Felixstowe Newmarket Sudbury Haverhill Stowmarket Beccles Bungay Halesworth "
            + "Woodbridge Hadleigh Mildenhall Brandon Southwold Aldeburgh Leiston Framlingham Eye Needham Kesgrave "
            + "Martlesham Constabulary Constabulary's Commissioner's OPCC PCC Stop Search Tactical Firearms Traffic "
            + "Safer Neighbourhoods Neighbourhoods Engagement Communications Comms Press Media Legal Finance "
            + "Estates Fleet Professional Standards Standards Complaints Integrity Ethics Scrutiny Audit Audits "
            + "Chief's Executive's").split(" "))));

    static boolean notAName(String word) {
        return NOT_A_NAME.contains(word);
    }

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:;|,|\\band\\b|&)\\s*");

    private final Set<String> keep;

    PersonDetector(Set<String> keep) {
        this.keep = keep;
    }

    void find(String text, List<Anonymiser.Removal> found) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            name(text, m.start(1), m.end(1), spans, true);
        }
        m = SALUTATION.matcher(text);
        while (m.find()) {
            name(text, m.start(1), m.end(1), spans, true);
        }
        m = SIGN_OFF.matcher(text);
        while (m.find()) {
            name(text, m.start(1), m.end(1), spans, true);
        }
        m = FIELD.matcher(text);
        while (m.find()) {
            String value = m.group(1);
            int base = m.start(1);
            Matcher sep = SEPARATORS.matcher(value);
            int from = 0;
            while (true) {
                boolean more = sep.find();
                int to = more ? sep.start() : value.length();
                segment(text, base + from, base + to, spans);
                if (!more) {
                    break;
                }
                from = sep.end();
            }
        }
        m = KNOWN_FIRST.matcher(text);
        while (m.find()) {
            if (StopList.isFirstName(m.group(1))) {
                name(text, m.start(1), m.end(), spans, false);
            }
        }
        m = NAME_IN_PROSE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String[] words = m.group(1).split("[ \\t]+");
            boolean allNames = !Anonymiser.sentenceStart(text, m.start(1)) || StopList.isFirstName(words[0]);
            for (String w : words) {
                allNames &= !NOT_A_NAME.contains(w) && !keep.contains(Anonymiser.folded(w))
                        && !StopList.isCommonWord(Anonymiser.folded(w));
            }
            if (allNames) { // not "Eastern Daily Press said", "the Civic Society would": organisations
                name(text, m.start(1), m.end(1), spans, true);
                from = m.end(1);
            } else { // "Monday Hugo Tranter said": try again from the next word
                from = m.start(1) + words[0].length();
            }
        }
        m = FIRST_ALONE.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            if (StopList.isFirstName(w) && !PLACE_NAMES.contains(w) && !keep.contains(Anonymiser.folded(w))
                    && !Anonymiser.sentenceStart(text, m.start(1))
                    && !text.substring(Math.max(0, m.start(1) - 6), m.start(1)).matches("(?s).*(?:St|St\\.|Saint)\\s+")) {
                spans.add(new int[] { m.start(1), m.end(1) });
            }
        }
        // the same people elsewhere in the document: every capitalised use of their names' words
        Set<String> words = new LinkedHashSet<>();
        for (int[] s : spans) {
            for (String w : text.substring(s[0], s[1]).split("[\\s.]+")) {
                String bare = w.replaceAll("['’]s$", "");
                if (bare.length() >= 3 && bare.matches(WORD) && !NOT_A_NAME.contains(bare)
                        && !StopList.isCommonWord(Anonymiser.folded(bare)) && !keep.contains(Anonymiser.folded(bare))) {
                    words.add(bare);
                }
            }
        }
        if (!words.isEmpty()) {
            Pattern again = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{Lu}\\.[ \\t]?)?(?:" + words.stream().map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")(?:['’]s)?(?![\\p{L}])");
            m = again.matcher(text);
            while (m.find()) {
                spans.add(new int[] { m.start(), m.end() });
            }
        }
        for (int[] s : spans) {
            found.add(new Anonymiser.Removal(Anonymiser.Kind.PERSON, text.substring(s[0], s[1]), s[0], s[1]));
        }
    }

    private void segment(String text, int from, int to, List<int[]> spans) {
        String seg = text.substring(from, to);
        int lead = seg.length() - seg.stripLeading().length();
        Matcher m = SEGMENT.matcher(seg.strip());
        if (m.matches()) {
            name(text, from + lead + m.start(1), from + lead + m.end(1), spans, true);
        }
    }

    /** Keeps the name's words up to the first one that cannot be part of a name; needs a surname-like word. */
    private void name(String text, int start, int end, List<int[]> spans, boolean placed) {
        Matcher w = NAME_PART.matcher(text).region(start, end);
        int last = -1;
        int words = 0;
        while (w.find()) {
            String word = w.group();
            if (w.end() < text.length() && text.charAt(w.end()) == ':') {
                break; // a field label ("To:"), not a name
            }
            if (NOT_A_NAME.contains(word) || NOT_A_NAME.contains(word.replaceAll("['’]s$", ""))
                    || keep.contains(Anonymiser.folded(word))) {
                break;
            }
            last = w.end();
            words++;
        }
        if (last < 0 || (!placed && words < 2)) {
            return;
        }
        spans.add(new int[] { start, last });
    }
}
