package uk.police.purdah.publication.anonymiser;

import java.util.Set;

/**
 * Names that are also common English words (or policing and place words). A first name on this list is never
 * removed on its own, only within the full name or an initials form ("Will" in "Will you attend?" stays; "Will
 * Bradshaw" goes). A surname or party word on it is removed only when written with a capital ("Mr Green",
 * "the Greens" go; "green spaces" stays). Small and curated: add to it when the corpus shows over-redaction.
 */
final class StopList {

    private static final Set<String> COMMON = Set.copyOf(java.util.List.of(
            // first names that are words
            "will", "mark", "bill", "rose", "grace", "hope", "joy", "faith", "may", "june", "april", "august",
            "summer", "dawn", "eve", "frank", "pat", "sue", "rob", "jack", "victor", "penny", "ruby", "amber",
            "holly", "ivy", "iris", "lily", "daisy", "heather", "violet", "sky", "river", "rich", "chase", "drew",
            "gene", "guy", "ray", "sunny", "mercy", "patience", "honor", "hunter", "chance", "art", "bob", "don",
            "nick", "sandy", "crystal", "pearl", "misty", "rusty", "carol", "max", "norm", "sterling", "earl",
            "marshal", "dean", "major", "page", "miles", "rocky", "robin", "jay", "wren", "wade", "lance", "cliff",
            "glen", "dale", "dell", "kit", "ed", "al", "jo", "di", "vic",
            // surnames that are words
            "long", "young", "brown", "green", "white", "black", "gray", "grey", "baker", "cook", "wood", "hill",
            "field", "bell", "king", "price", "hall", "little", "stone", "banks", "bush", "law", "lane", "church",
            "moss", "rice", "ford", "hunt", "mills", "mason", "carter", "turner", "walker", "fisher", "fox", "wolf",
            "parsons", "bishop", "knight", "castle", "brook", "brooks", "marsh", "lake", "wells", "cross", "shepherd",
            "butler", "porter", "potter", "hope", "best", "sharp", "swift", "good", "goodman", "friend", "noble",
            "weaver", "barber", "taylor", "gardener", "street", "north", "south", "east", "west", "day", "story",
            "light", "love", "hart", "short", "rose", "reed", "read", "wise", "rich", "payne", "pain",
            // party words that are words
            "labour", "conservative", "conservatives", "liberal", "democrat", "democrats", "independent", "reform",
            "alliance", "united", "people", "peoples", "national", "workers", "socialist", "unity", "freedom",
            "heritage", "democratic", "party", "justice", "green", "greens",
            // policing, office and place words
            "police", "chief", "constable", "commissioner", "crime", "office", "county", "city", "council", "court",
            "station", "safety", "community", "norfolk", "norwich"));

    /**
     * Usual given names in England and Wales (and common Irish, Welsh, Scottish, South Asian, African and
     * European ones): a known first name before a capitalised word marks a person outside the registry. Names
     * that are also ordinary words are not here (see {@link #COMMON}).
     */
    private static final Set<String> FIRST_NAMES = Set.copyOf(java.util.List.of((
            "Aaron Abdul Abigail Adam Adrian Ahmed Aidan Aisha Alan Alex Alexander Alexandra Alfie Ali Alice Alison "
            + "Amanda Amelia Amir Amy Andrea Andrew Andy Angela Anita Ann Anna Anne Annie Anthony Anton Arthur "
            + "Asha Ashley Aoife Barbara Barry Beatrice Ben Benjamin Bernard Beth Bethany Brenda Brian Bryony "
            + "Caitlin Callum Cameron Carl Caroline Catherine Charles Charlie Charlotte Chloe Chris Christine "
            + "Christopher Ciara Claire Clare Colin Connor Craig Daniel Danny Darren David Deborah Debbie Declan "
            + "Deepak Denise Derek Diane Dominic Donna Dorothy Duncan Dylan Eamon Edward Eileen Elaine Eleanor "
            + "Elizabeth Ella Ellie Emily Emma Eric Erin Ethan Evan Fatima Fiona Florence Francesca Fraser Freddie "
            + "Freya Gareth Gary Gavin Gemma Geoffrey George Georgia Gerald Gillian Gordon Graham Hamza Hannah Harry "
            + "Harvey Hassan Helen Henry Howard Hugh Ian Imogen Imran Isaac Isabel Isabella Isla Jack Jacob Jade "
            + "Jake James Jamie Jan Jane Janet Jasmine Jason Jean Jennifer Jenny Jeremy Jessica Joan Joanne Joe "
            + "Joel John Jonathan Jordan Joseph Joshua Joyce Judith Julia Julie Julian Justin Karen Kate Katherine "
            + "Kathleen Katie Kayleigh Keith Kelly Kenneth Kerry Kevin Kieran Kim Kirsty Kwame Laura Lauren Leah "
            + "Lee Leon Lesley Leslie Lewis Liam Linda Lindsay Lisa Liz Lorraine Louise Lucy Luke Lynn Lynne "
            + "Malcolm Margaret Maria Marie Martin Mary Matthew Megan Melanie Michael Michelle Mohammed Mohammad "
            + "Muhammad Natalie Nathan Neil Nia Niamh Nicholas Nicola Nigel Noah Norman Oliver Olivia Omar Owen "
            + "Pamela Patrick Paul Paula Pauline Peter Philip Phillip Poppy Priya Rachel Rajesh Rebecca Rhys "
            + "Richard Robert Roger Ronald Rory Rosemary Ross Ruth Ryan Sadia Sally Samantha Samuel Sandra Sarah "
            + "Scott Sean Seán Shane Sharon Shaun Sheila Simon Sinead Siobhan Sophie Stephen Steven Stuart Susan "
            + "Suzanne Tanya Tara Tariq Teresa Theo Thomas Tim Timothy Toby Tom Tony Tracey Tracy Trevor Usman "
            + "Valerie Vanessa Vikram Vivienne Wendy William Yasmin Yusuf Zara Zoe Zoë").split(" ")));

    /** Usual short forms of given names (folded): a candidate called Margaret may be written "Maggie". */
    private static final java.util.Map<String, java.util.List<String>> NICKNAMES = java.util.Map.ofEntries(
            java.util.Map.entry("margaret", java.util.List.of("maggie", "meg", "peggy", "mags")),
            java.util.Map.entry("william", java.util.List.of("will", "bill", "billy", "liam")),
            java.util.Map.entry("robert", java.util.List.of("rob", "bob", "bobby", "robbie")),
            java.util.Map.entry("elizabeth", java.util.List.of("liz", "beth", "lizzie", "betty", "eliza")),
            java.util.Map.entry("eleanor", java.util.List.of("ellie", "nell", "nora")),
            java.util.Map.entry("catherine", java.util.List.of("kate", "cathy", "katie", "cat")),
            java.util.Map.entry("katherine", java.util.List.of("kate", "kathy", "katie", "kat")),
            java.util.Map.entry("richard", java.util.List.of("rich", "rick", "dick", "richie")),
            java.util.Map.entry("michael", java.util.List.of("mike", "mick", "mickey")),
            java.util.Map.entry("jonathan", java.util.List.of("jon", "jonny")),
            java.util.Map.entry("john", java.util.List.of("jack", "johnny")),
            java.util.Map.entry("james", java.util.List.of("jim", "jimmy", "jamie")),
            java.util.Map.entry("thomas", java.util.List.of("tom", "tommy")),
            java.util.Map.entry("daniel", java.util.List.of("dan", "danny")),
            java.util.Map.entry("samuel", java.util.List.of("sam", "sammy")),
            java.util.Map.entry("samantha", java.util.List.of("sam", "sammy")),
            java.util.Map.entry("alexander", java.util.List.of("alex", "sandy", "xander")),
            java.util.Map.entry("alexandra", java.util.List.of("alex", "sandra", "lexi")),
            java.util.Map.entry("christopher", java.util.List.of("chris", "kit")),
            java.util.Map.entry("christine", java.util.List.of("chris", "chrissie")),
            java.util.Map.entry("nicholas", java.util.List.of("nick", "nicky")),
            java.util.Map.entry("joseph", java.util.List.of("joe", "joey")),
            java.util.Map.entry("jose", java.util.List.of("pepe")),
            java.util.Map.entry("rajinder", java.util.List.of("raj")),
            java.util.Map.entry("edward", java.util.List.of("ed", "ted", "eddie", "ned")),
            java.util.Map.entry("anthony", java.util.List.of("tony")),
            java.util.Map.entry("patricia", java.util.List.of("pat", "trish", "patsy")),
            java.util.Map.entry("patrick", java.util.List.of("pat", "paddy")),
            java.util.Map.entry("susan", java.util.List.of("sue", "susie")),
            java.util.Map.entry("deborah", java.util.List.of("debbie", "deb")),
            java.util.Map.entry("rebecca", java.util.List.of("becky", "becca")),
            java.util.Map.entry("josephine", java.util.List.of("jo", "josie")),
            java.util.Map.entry("joanne", java.util.List.of("jo")),
            java.util.Map.entry("victoria", java.util.List.of("vicky", "tori")),
            java.util.Map.entry("benjamin", java.util.List.of("ben", "benny")),
            java.util.Map.entry("matthew", java.util.List.of("matt")),
            java.util.Map.entry("andrew", java.util.List.of("andy", "drew")),
            java.util.Map.entry("david", java.util.List.of("dave", "davey")),
            java.util.Map.entry("stephen", java.util.List.of("steve")),
            java.util.Map.entry("steven", java.util.List.of("steve")),
            java.util.Map.entry("peter", java.util.List.of("pete")),
            java.util.Map.entry("philip", java.util.List.of("phil")),
            java.util.Map.entry("timothy", java.util.List.of("tim")),
            java.util.Map.entry("jennifer", java.util.List.of("jen", "jenny")),
            java.util.Map.entry("gareth", java.util.List.of("gaz")),
            java.util.Map.entry("mark", java.util.List.of("marky")),
            java.util.Map.entry("desmond", java.util.List.of("des")),
            java.util.Map.entry("zoe", java.util.List.of("zo")));

    /** @param folded a folded first name: "margaret" */
    static java.util.List<String> nicknames(String folded) {
        return NICKNAMES.getOrDefault(folded, java.util.List.of());
    }

    /** @param word as written, capitalised: "Jane" */
    static boolean isFirstName(String word) {
        return FIRST_NAMES.contains(word);
    }

    private StopList() {
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** A first name that is a month ("May", "June") is never removed alone: dates are kept. */
    static boolean isMonth(String folded) {
        return MONTHS.contains(folded);
    }

    static boolean isCommonWord(String folded) {
        return COMMON.contains(folded);
    }
}
