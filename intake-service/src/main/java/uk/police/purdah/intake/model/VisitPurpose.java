package uk.police.purdah.intake.model;

/**
 * INT-4: what a visit is for, as the candidate declares it. Fact finding and receiving a briefing are reasonable;
 * publicity and campaigning are not (000 §2.3, 004).
 */
public enum VisitPurpose {
    FACT_FINDING, BRIEFING, PUBLICITY, CAMPAIGNING, OTHER;

    /** Whether the declared purpose alone makes the visit unreasonable. */
    public boolean isPublicityOrCampaigning() {
        return this == PUBLICITY || this == CAMPAIGNING;
    }
}
