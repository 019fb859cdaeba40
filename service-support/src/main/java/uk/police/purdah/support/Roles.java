package uk.police.purdah.support;

/** The role claims of DESIGN §2. */
public final class Roles {
    public static final String FORCE_STAFF = "force-staff";
    public static final String OPCC_STAFF = "opcc-staff";
    public static final String SPOC = "spoc";
    public static final String CHIEF_CONSTABLE = "chief-constable";
    public static final String AUDITOR = "auditor";
    public static final String RETURNING_OFFICER = "returning-officer";

    private Roles() {
    }
}
