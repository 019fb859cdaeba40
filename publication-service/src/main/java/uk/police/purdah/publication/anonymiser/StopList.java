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
