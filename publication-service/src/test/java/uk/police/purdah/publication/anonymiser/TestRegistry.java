package uk.police.purdah.publication.anonymiser;

import java.util.List;

/** A Norfolk election's registry for the unit tests and the corpus (fictional people; Ofcom drama numbers). */
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

    static Anonymiser anonymiser() {
        return Anonymiser.of(PEOPLE, List.of("Norfolk", "Norwich"));
    }

    private TestRegistry() {
    }
}
