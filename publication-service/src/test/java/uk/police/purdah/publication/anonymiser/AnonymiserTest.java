package uk.police.purdah.publication.anonymiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.police.purdah.publication.anonymiser.Anonymiser.Kind;
import uk.police.purdah.publication.anonymiser.Anonymiser.Result;

/** PUB-2 without Quarkus: the registry-driven and pattern-driven removals, and what must be kept. */
class AnonymiserTest {

    private final Anonymiser anonymiser = TestRegistry.anonymiser();

    private String redact(String text) {
        return anonymiser.redact(text).redactedText();
    }

    @Test
    void fullNameSurnameAndDistinctiveFirstNameInAnyCase() {
        assertThat(redact("Margaret Thornbury asked for a briefing."))
                .isEqualTo("[candidate] asked for a briefing.");
        assertThat(redact("We wrote to Mrs Thornbury and to MARGARET THORNBURY; margaret replied."))
                .isEqualTo("We wrote to Mrs [candidate] and to [candidate]; [candidate] replied.");
    }

    @Test
    void initialsFormsAndPossessives() {
        assertThat(redact("M. Thornbury, M Thornbury and M.Thornbury all wrote."))
                .isEqualTo("[candidate], [candidate] and [candidate] all wrote.");
        assertThat(redact("MT called. Thornbury's agent and the Thornburys' office were told."))
                .isEqualTo("[candidate] called. [candidate] agent and the [candidate] office were told.");
        assertThat(redact("The mt of the file is unchanged.")).isEqualTo("The mt of the file is unchanged.");
        assertThat(redact("Thornbury’s request")).isEqualTo("[candidate] request");
    }

    @Test
    void hyphenatedAndAccentedNamesMatchAccentInsensitivelyKeepingOffsets() {
        Result r = anonymiser.redact("Sian O Dalaigh Hughes met Siân Ó Dálaigh-Hughes; later Ms Dálaigh-Hughes and Ms Hughes.");
        assertThat(r.redactedText()).isEqualTo("[candidate] met [candidate]; later Ms [candidate] and Ms [candidate].");
        assertThat(r.removed()).extracting(Anonymiser.Removal::text)
                .contains("Siân Ó Dálaigh-Hughes", "Sian O Dalaigh Hughes", "Dálaigh-Hughes", "Hughes");
        assertThat(redact("Jose Alvarez and JOSÉ ÁLVAREZ")).isEqualTo("[candidate] and [candidate]");
        assertThat(redact("Agent: Chloe Lefevre")).isEqualTo("Agent: [agent]");
    }

    @Test
    void agentsAndParties() {
        assertThat(redact("Desmond Okafor, agent to the Broadland First Party candidate, called."))
                .isEqualTo("[agent], agent to the [party] candidate, called.");
        assertThat(redact("The Conservative Party, the Conservatives and Reform UK replied; the Liberal Democrats did not."))
                .isEqualTo("The [party], the [party] and [party] replied; the [party] did not.");
        assertThat(redact("Broadland First asked the same question.")).isEqualTo("[party] asked the same question.");
    }

    @Test
    void aCommonWordThatIsAlsoAFirstNameIsKeptUnlessTheNameSaysSo() {
        // decision: "Will"/"Mark" alone are never removed; with the surname, or as an initials form, they are
        assertThat(redact("Will the force publish the figures? We mark each request on receipt."))
                .isEqualTo("Will the force publish the figures? We mark each request on receipt.");
        // alone, such a first name goes when capitalised inside a sentence, or before a reporting verb
        assertThat(redact("Will asked about patrols, as Priya and Will had agreed. Will staff reply?"))
                .isEqualTo("[candidate] asked about patrols, as [agent] and [candidate] had agreed. Will staff reply?");
        assertThat(redact("In May and June we will mark it.")).isEqualTo("In May and June we will mark it.");
        assertThat(redact("Will Bradshaw and Mark Pennington attended; Mr Bradshaw spoke first."))
                .isEqualTo("[candidate] and [candidate] attended; Mr [candidate] spoke first.");
        // a surname that is a common word goes only when capitalised: the agent Tom Green, the Green Party
        assertThat(redact("Mr Green phoned about the green spaces at the station."))
                .isEqualTo("Mr [agent] phoned about the green spaces at the station.");
        assertThat(redact("The Green Party candidate")).isEqualTo("The [party] candidate");
        // a word that is both the agent's surname and the party is the party, unless a title makes it a person
        assertThat(redact("Will Bradshaw (Green) and Mr Green")).isEqualTo("[candidate] ([party]) and Mr [agent]");
    }

    @Test
    void everyPatternKind() {
        Result r = anonymiser.redact("Write to a.n.other@gmail.com or call 01603 123456, mobile +44 7911 123456, "
                + "at 22 Bishopgate Street, Norwich NR3 1RB; see https://example.com/pcc-2026 and www.vote4x.org.uk "
                + "or follow @someone_else.");
        // the town between a street address and its postcode goes with the address
        assertThat(r.redactedText()).isEqualTo("Write to [email] or call [phone], mobile [phone], at [address] "
                + "[postcode]; see [url] and [url] or follow [handle].");
        assertThat(r.counts()).containsEntry(Kind.EMAIL, 1).containsEntry(Kind.PHONE, 2)
                .containsEntry(Kind.ADDRESS, 1).containsEntry(Kind.POSTCODE, 1).containsEntry(Kind.URL, 2)
                .containsEntry(Kind.HANDLE, 1);
    }

    @Test
    void registeredContactsAreRemovedInTheirOwnWords() {
        assertThat(redact("Her office is on Mill Lane and she tweets as @mthornbury; phone 07700 900456."))
                .isEqualTo("Her office is on [address] and she tweets as [handle]; phone [phone].");
        assertThat(redact("email margaret@thornbury4pcc.org.uk")).isEqualTo("email [email]");
    }

    @Test
    void keepsThePoliceAreaTitlesDatesPlacesAndPolicingTerms() {
        String text = "On 12 May 2026 the Chief Constable of Norfolk and the Police and Crime Commissioner (PCC) "
                + "met in Norwich. The Chief Executive of the OPCC confirmed 20 working days for FOI requests; "
                + "PC 1234 and two PCSOs in Dereham attended on 03/06/2026 at 10:15.";
        Result r = anonymiser.redact(text);
        assertThat(r.redactedText()).isEqualTo(text);
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Dear Ms Dálaigh-Hughes, thank you (sian@example.net).";
        Result r = anonymiser.redact(text);
        for (Anonymiser.Removal removal : r.removed()) {
            assertThat(text.substring(removal.start(), removal.end())).isEqualTo(removal.text());
        }
        assertThat(r.removed()).extracting(Anonymiser.Removal::kind).containsExactly(Kind.CANDIDATE, Kind.EMAIL);
    }

    @Test
    void builtOnceItIsFastOnALongText() {
        String paragraph = "Margaret Thornbury asked the Chief Constable about response times in Breckland, "
                + "copying Desmond Okafor (margaret@thornbury4pcc.org.uk, 01632 960123). ";
        String text = paragraph.repeat(300); // about 40,000 characters
        long t0 = System.nanoTime();
        Result r = anonymiser.redact(text);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.counts()).containsEntry(Kind.CANDIDATE, 300).containsEntry(Kind.AGENT, 300);
        assertThat(ms).isLessThan(5_000);
    }

    @Test
    void anEmptyRegistryStillRemovesPatterns() {
        assertThat(Anonymiser.of(List.of()).redact("mail x@y.com").redactedText()).isEqualTo("mail [email]");
    }

    private final Anonymiser b = TestRegistry.anonymiserB();

    private String redactB(String text) {
        return b.redact(text).redactedText();
    }

    @Test
    void pub2_namesSplitOverALineBreakOrHyphenatedAtTheLineEnd() {
        assertThat(redact("met Will\nBradshaw and Mark Penn-\nington; Siân Ó Dálaigh-\nHughes wrote"))
                .isEqualTo("met [candidate] and [candidate]; [candidate] wrote");
        assertThat(redactB("Aoife O'Sul-\nlivan and Eleanor Whit-\ncombe")).isEqualTo("[candidate] and [candidate]");
        // a word broken at the line end that is no name stays as written
        assertThat(redact("the pre-\nelection period")).isEqualTo("the pre-\nelection period");
    }

    @Test
    void pub2_oApostropheMcAndParticlesInAnyWriting() {
        assertThat(redactB("Ms O’Sullivan, AOIFE O'SULLIVAN, aoife osullivan, O Sullivan's agent"))
                .isEqualTo("Ms [candidate], [candidate], [candidate], [candidate] agent");
        assertThat(redactB("Mr McAllister Reid, MCALLISTER-REID, Mr Reid, Seán, Sean McAllister-Reid’s"))
                .isEqualTo("Mr [candidate], [candidate], Mr [candidate], [candidate], [candidate]");
        assertThat(redactB("Hannah Van Der Berg, Ms van der Berg, H. van der Berg"))
                .isEqualTo("[agent], Ms [agent], [agent]");
        assertThat(redactB("Mr Singh Bhogal, Raj Bhogal and R. S. Bhogal"))
                .isEqualTo("Mr [candidate], [candidate] and [candidate]");
    }

    @Test
    void pub2_usualShortFormsOfFirstNamesAndSplitMcNames() {
        assertThat(redact("Maggie asked; Maggie Thornbury and Meg replied.")).isEqualTo(
                "[candidate] asked; [candidate] and [candidate] replied.");
        assertThat(redactB("Mc Allister-Reid and Raj met.")).isEqualTo("[candidate] and [candidate] met.");
    }

    @Test
    void pub2_registryVariantsBeyondTheWrittenForm() {
        // a street in its other usual form, a middle name alone, initials of each part of a double surname, a
        // party's acronym with "Party", someone addressed at a sentence start
        assertThat(redact("Write to Unthank Rd. Will, thanks.")).isEqualTo("Write to [address]. [candidate], thanks.");
        assertThat(redactB("Mr Singh, SMR and the WEP")).isEqualTo("Mr [candidate], [candidate] and the [party]");
        // a title-led name holding a registry name is typed as the registry says
        assertThat(redact("Ms O Dálaigh and Ms ODálaigh-Hughes")).isEqualTo("Ms [candidate] and Ms [candidate]");
    }

    @Test
    void pub2_initialsInCapitalsWithPossessivesAndFullStops() {
        assertThat(redactB("ZN's agent and EW agreed; E. Whitcombe's diary")).isEqualTo(
                "[candidate] agent and [candidate] agreed; [candidate] diary");
        assertThat(redact("Signed M.T. and J.A.")).isEqualTo("Signed [candidate] and [candidate]");
        assertThat(redactB("zn and ew are not initials in lower case")).isEqualTo("zn and ew are not initials in lower case");
    }

    @Test
    void pub2_surnamesThatAreOrdinaryWordsGoOnlyWhereTheyNameSomeone() {
        assertThat(redactB("Long may it last; how long is the wait? The price is nil. Brook Street shops."))
                .isEqualTo("Long may it last; how long is the wait? The price is nil. Brook Street shops.");
        assertThat(redactB("Ms Long met Mr Price. Price said no; Jo agreed with Dan Brook and Mr Brook."))
                .isEqualTo("Ms [candidate] met Mr [agent]. [agent] said no; [candidate] agreed with [agent] and Mr [agent].");
        assertThat(redactB("Zoë Ng, Ms Ng and MS NG")).isEqualTo("[candidate], Ms [candidate] and MS [candidate]");
    }

    @Test
    void pub2_anIndependentHasNoPartyWordToRemove() {
        assertThat(redactB("Jo Long (Independent) asked for an independent review."))
                .isEqualTo("[candidate] (Independent) asked for an independent review.");
        assertThat(redactB("Labour and Co-op, the Lib Dems, the LD candidate, Suffolk People's Voice (SPV)"))
                .isEqualTo("[party], the [party], the [party] candidate, [party] ([party])");
    }

    @Test
    void pub2_peopleOutsideTheRegistryBecomePerson() {
        Anonymiser.Result r = anonymiser.redact("Inspector Jane Holloway met Mr Keith Rolfe at Dereham. Holloway "
                + "said PC 2231 Harris would call.\n\nKind regards,\nGemma Hartley\nPolicy Officer");
        assertThat(r.redactedText()).isEqualTo("Inspector [person] met Mr [person] at Dereham. [person] said PC 2231 "
                + "[person] would call.\n\nKind regards,\n[person]\nPolicy Officer");
        assertThat(r.counts()).containsEntry(Kind.PERSON, 5);
        // in running prose: before a reporting verb or an apposition, and a known first name inside a sentence
        assertThat(redact("On Monday Hugo Tranter said no, and Callum agreed; Colin Mabey, the reviewer, signed."))
                .isEqualTo("On Monday [person] said no, and [person] agreed; [person], the reviewer, signed.");
        assertThat(redact("The Eastern Daily Press said so at Thorpe St Andrew."))
                .isEqualTo("The Eastern Daily Press said so at Thorpe St Andrew.");
        // a registry name after a title stays typed as the registry says
        assertThat(redact("Dear Mrs Thornbury,")).isEqualTo("Dear Mrs [candidate],");
        // titles and office holders without a name are kept
        assertThat(redact("Dear Chief Constable, the Chief Executive and Inspector. Could you reply?"))
                .isEqualTo("Dear Chief Constable, the Chief Executive and Inspector. Could you reply?");
    }

    @Test
    void pub2_publicBodiesWebAddressesAreKeptOthersGo() {
        assertThat(redact("See www.norfolk.police.uk/thetford and https://www.gov.uk/foi, not thornbury4pcc.org.uk."))
                .isEqualTo("See www.norfolk.police.uk/thetford and https://www.gov.uk/foi, not [url].");
        assertThat(redact("its direct line (01632 960606) and +44 (0) 7700 900 404")).isEqualTo(
                "its direct line ([phone]) and [phone]");
        assertThat(redact("crime ref 37/12345/26 on 03/06/2026, 999 and 101")).isEqualTo(
                "crime ref 37/12345/26 on 03/06/2026, 999 and 101");
    }

    @Test
    void pub2_adversarialTextsOfTheMaximumLengthFinishWithoutBacktrackingBlowUps() {
        // each of these once cost a regular expression quadratic time or a stack overflow on 50,000 characters
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (String unit : List.of("O'", "Ab-", "x.", "www.", "1 ", "Jane\n", "a@", "-\n", ". Will ")) {
                String text = unit.repeat(50_000 / unit.length());
                assertThat(anonymiser.redact(text).redactedText()).isNotNull();
            }
        });
    }

    @Test
    void pub2_theMatcherIsBuiltOnceAsOneAutomatonOfEveryTerm() {
        assertThat(anonymiser.terms()).isGreaterThan(100);
        assertThat(Anonymiser.of(List.of()).terms()).isZero();
    }
}
