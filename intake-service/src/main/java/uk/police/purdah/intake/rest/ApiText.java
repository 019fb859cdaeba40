package uk.police.purdah.intake.rest;

/** Texts the OpenAPI document repeats. */
final class ApiText {

    /** The roles of an operation every member of staff may call (DESIGN §2). */
    static final String STAFF_ROLES =
            "Roles: spoc, force-staff, opcc-staff, chief-constable, auditor, returning-officer.";

    private ApiText() {
    }
}
