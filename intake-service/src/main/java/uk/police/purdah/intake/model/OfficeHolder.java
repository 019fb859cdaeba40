package uk.police.purdah.intake.model;

/** INT-5: whom a meeting is with; the Chief Constable and the OPCC Chief Executive need the 001 §8.3 conditions. */
public enum OfficeHolder {
    CHIEF_CONSTABLE, CHIEF_EXECUTIVE, OTHER_OFFICER_OR_STAFF;

    public boolean needsIndividualMeetingConditions() {
        return this == CHIEF_CONSTABLE || this == CHIEF_EXECUTIVE;
    }
}
