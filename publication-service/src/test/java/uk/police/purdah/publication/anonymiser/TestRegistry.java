package uk.police.purdah.publication.anonymiser;

import java.util.List;

/**
 * Two elections' registries for the unit tests and the corpus (fictional people; Ofcom drama numbers,
 * example domains). {@link #A}: Norfolk 2026, the corpus in {@code corpus/a}. {@link #B}: Suffolk 2026,
 * {@code corpus/b}, chosen to be hard: O' and Mc names, hyphenated and accented names, a particle
 * ("van der"), a middle name, a two-letter surname, first names that are short ("Jo", "Sam") and surnames that
 * are ordinary words ("Long", "Price", "Brook"), an independent (no party word to remove), the incumbent PCC.
 */
final class TestRegistry {

    static final List<Anonymiser.Person> PEOPLE = List.of(
            new Anonymiser.Person("Margaret Thornbury", "Broadland First Party", "Desmond Okafor",
                    "margaret@thornbury4pcc.org.uk", "01632 960123", "12 Mill Lane, Dereham", "NR19 1AB",
                    List.of("@mthornbury")),
            new Anonymiser.Person("Will Bradshaw", "Green Party", "Priya Raman", "will.bradshaw@example.org",
                    "07700 900456", "3 Church Road, Thetford", "IP24 2CD", List.of("@willbradshawpcc")),
            new Anonymiser.Person("Siân Ó Dálaigh-Hughes", "Liberal Democrats", "Tom Green", "sian@example.net",
                    "01632 960777", "Flat 4, 27 Yarmouth Road, Norwich", "NR7 0EF", List.of("@sianforpcc")),
            new Anonymiser.Person("Mark Pennington", "Conservative Party", "Chloé Lefèvre", "office@pennington.example.com",
                    "+44 7700 900321", "8 Station Road, Wymondham", "NR18 0LN", List.of("@markpennington")),
            new Anonymiser.Person("José Álvarez", "Reform UK", "Gareth Pryce", "jose.alvarez@example.org",
                    "01632 960555", "41 Unthank Road, Norwich", "NR2 2PE", List.of("@josealvarezuk")));

    static final List<String> KEPT_A = List.of("Norfolk", "Norwich");

    static final List<Anonymiser.Person> PEOPLE_B = List.of(
            new Anonymiser.Person("Aoife O'Sullivan", "Labour and Co-operative Party", "Rory McManus",
                    "aoife@osullivan4pcc.org.uk", "01632 960201", "The Old Forge, 5 Church Street, Eye", "IP23 7BD",
                    List.of("@AoifeForSuffolk")),
            new Anonymiser.Person("Jo Long", "Independent", "Sam Price", "jo.long@example.com", "07700 900602",
                    "14 Orchard Way, Stowmarket", "IP14 1QX", List.of("@jolongsuffolk")),
            new Anonymiser.Person("Seán McAllister-Reid", "Conservative and Unionist Party", "Bryony Atherton-Lowe",
                    "sean@mcallisterreid.example.co.uk", "01632 960303", "Flat 2, 9 Quay Street, Woodbridge",
                    "IP12 1BX", List.of("@SeanMcAR")),
            new Anonymiser.Person("Zoë Ng", "Women's Equality Party", "Kwame Asante-Boateng", "zoe.ng@example.net",
                    "+44 7700 900404", "77 Norwich Road, Ipswich", "IP1 2PT", List.of("@zoe_ng_pcc")),
            new Anonymiser.Person("Eleanor Whitcombe", "Suffolk People's Voice", "Hannah van der Berg",
                    "eleanor@whitcombe.example.org", "01632 960505", "Rose Cottage, 2 Mill Hill, Needham Market",
                    "IP6 8AA", List.of("@EleanorWhitcombe")),
            new Anonymiser.Person("Rajinder Singh Bhogal", "Liberal Democrats", "Dan Brook", "raj.bhogal@example.com",
                    "01632 960606", "31 Felixstowe Road, Ipswich", "IP3 8DU", List.of("@RajBhogalLD")));

    static final List<String> KEPT_B = List.of("Suffolk", "Ipswich");

    static Anonymiser anonymiser() {
        return Anonymiser.of(PEOPLE, KEPT_A);
    }

    static Anonymiser anonymiserB() {
        return Anonymiser.of(PEOPLE_B, KEPT_B);
    }

    private TestRegistry() {
    }
}
