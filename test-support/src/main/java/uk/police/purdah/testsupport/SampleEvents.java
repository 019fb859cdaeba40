package uk.police.purdah.testsupport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.events.Vocabulary.RequestKind;

/** Event bodies as intake would publish them, for consumers' tests: the Norfolk election of 16 July 2026. */
public final class SampleEvents {

    private SampleEvents() {
    }

    public static ElectionScheduled election(UUID electionId) {
        return new ElectionScheduled(electionId, "Norfolk", "ENGLAND", LocalDate.of(2026, 7, 16),
                LocalDate.of(2026, 6, 4), null, null, 2);
    }

    /** A prospective candidate with a full identity: party, agent and every kind of contact. */
    public static CandidateRegistered candidate(UUID electionId, String name) {
        String handle = name.toLowerCase().replaceAll("[^a-z]", "");
        return new CandidateRegistered(electionId, UUID.randomUUID(), new CandidateIdentity(name, "Example Party",
                "Agent of " + name, handle + "@example.org", "01632 960001", "1 High Street, Norwich", "NR1 1AA",
                List.of("@" + handle)), IncumbentRole.NONE, false, List.of());
    }

    /** An information request logged by a police officer inside the purdah window. */
    public static RequestReceived request(UUID electionId, UUID candidateId) {
        return new RequestReceived(electionId, UUID.randomUUID(), candidateId, RequestKind.INFORMATION,
                Channel.FORCE_INTRANET, "force-staff", OffsetDateTime.parse("2026-06-10T10:15:00+01:00"),
                "PCSO numbers", "How many PCSOs serve Breckland?", null, true);
    }
}
