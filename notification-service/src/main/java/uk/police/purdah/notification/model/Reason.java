package uk.police.purdah.notification.model;

/** Why a notification is sent, with the rule that asks for it; each is sent at most once per request or finding. */
public enum Reason {
    /** INT-1: a request was logged and routed to the SPOC. */
    REQUEST_ROUTED("INT-1"),
    /** INT-1: the Chief Constable's office (and whoever else intake's routing names) is told of a request. */
    REQUEST_NOTIFIED("INT-1"),
    /** INT-4: every visit request, to the Chief Constable's office and the Chief Executive. */
    VISIT_REQUEST("INT-4"),
    /** INT-7: a report of police imagery in political material opens a case for both. */
    POLICE_IMAGERY_CASE("INT-7"),
    /** INT-3: an FOI request due in 5 working days (or fewer, not yet 2). */
    FOI_DUE_IN_5("INT-3"),
    /** INT-3: an FOI request due in 2 working days or fewer (today included). */
    FOI_DUE_IN_2("INT-3"),
    /** INT-3: an FOI request past its due date and not answered. */
    FOI_OVERDUE("INT-3"),
    /** EQ-1: a parity finding was opened. */
    FINDING_OPENED("EQ-1"),
    /** EQ-1: an open finding breaches tomorrow unless what is owed is offered. */
    FINDING_DUE_TOMORROW("EQ-1"),
    /** EQ-1: the grace period ran out. */
    FINDING_BREACHED("EQ-1");

    private final String rule;

    Reason(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    public boolean isFoiReminder() {
        return this == FOI_DUE_IN_5 || this == FOI_DUE_IN_2 || this == FOI_OVERDUE;
    }
}
