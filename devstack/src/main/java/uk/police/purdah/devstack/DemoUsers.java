package uk.police.purdah.devstack;

import java.util.List;

/** One demo login per role of DESIGN §2; the username is the role, the password is {@value #PASSWORD}. */
final class DemoUsers {
    static final String PASSWORD = "demo";
    static final String CLIENT_ID = "purdah-cli";
    static final String REALM = "purdah";

    /** The roles claim the services read ({@code quarkus.oidc.roles.role-claim-path}). */
    static final String ROLES_CLAIM = "groups";

    record User(String username, String role, String who) {
    }

    static final List<User> USERS = List.of(
            new User("force-staff", "force-staff", "a police officer logging a request on the force intranet"),
            new User("opcc-staff", "opcc-staff", "OPCC staff logging a request or a dealing"),
            new User("spoc", "spoc", "the OPCC Chief Executive running the register"),
            new User("chief-constable", "chief-constable", "the Chief Constable's office"),
            new User("auditor", "auditor", "the auditor or monitoring officer"),
            new User("returning-officer", "returning-officer", "the Police Area Returning Officer"));

    private DemoUsers() {
    }
}
