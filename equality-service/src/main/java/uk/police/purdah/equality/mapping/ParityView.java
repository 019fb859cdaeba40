package uk.police.purdah.equality.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import uk.police.purdah.equality.model.Candidate;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.events.Vocabulary.OfferKind;

/**
 * The parity report of one election at a moment (EQ-7): candidates (by name) × parity lines (offer kinds,
 * and meetings per office holder), each cell saying what the candidate has had and when; the statutory
 * dealings, listed but not counted (EQ-5); and how many findings are open.
 */
public record ParityView(UUID electionId, String policeArea, LocalDate pollDate, LocalDate purdahStart,
        int parityGraceDays, OffsetDateTime generatedAt, List<Line> offers, List<CandidateParity> candidates,
        long openFindings, long breachedFindings) {

    /** A column: {@code key} such as {@code MEETING:CHIEF_CONSTABLE}, and how people read it. */
    public record Line(String key, OfferKind kind, String officeHolder, String label) {
    }

    /** One row of the matrix; {@code cells} are in the order of {@code offers}. */
    public record CandidateParity(UUID candidateId, String name, String party, Candidate.Status status,
            IncumbentRole incumbentRole, long requests, Double medianHoursToDecision, Double medianHoursToResponse,
            List<Cell> cells, List<DealingEntry> dealings) {
    }

    /**
     * What a candidate has had of one line: NOT_OFFERED, or the furthest state reached (OFFERED, ACCEPTED,
     * DECLINED, HELD) with the dates; {@code owed} when an open finding still names them for it.
     */
    public record Cell(String line, State state, OffsetDateTime offeredAt, OffsetDateTime acceptedAt,
            OffsetDateTime declinedAt, OffsetDateTime heldAt, String source, boolean owed, OffsetDateTime owedBy) {
    }

    public enum State {
        NOT_OFFERED, OFFERED, ACCEPTED, DECLINED, HELD
    }

    /** A dealing recorded with the candidate; {@code countsForParity} is false for statutory ones (EQ-5). */
    public record DealingEntry(UUID dealingId, String kind, OffsetDateTime occurredAt, String capacity,
            boolean statutory, boolean countsForParity, boolean insidePurdah, String summary) {
    }
}
