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
