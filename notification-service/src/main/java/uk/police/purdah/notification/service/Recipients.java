package uk.police.purdah.notification.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.purdah.notification.service.NotificationConfig.AreaRecipients;

/**
 * The addresses of a role in a police area, from configuration only: a notification goes to the people a role names
 * (the SPOC, the Chief Constable's office, the Chief Executive), never to an address taken from an event, so never
 * to a candidate.
 */
@ApplicationScoped
public class Recipients {

    public static final String SPOC = "SPOC";
    public static final String CHIEF_CONSTABLE_OFFICE = "CHIEF_CONSTABLE_OFFICE";
    public static final String CHIEF_EXECUTIVE = "CHIEF_EXECUTIVE";

    private final NotificationConfig config;

    public Recipients(NotificationConfig config) {
        this.config = config;
    }

    /** The addresses for these roles in this area (the area's own, else the default area's), without repeats. */
    public List<String> addresses(String policeArea, List<String> roles) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String role : roles) {
            addresses.addAll(forRole(policeArea, role));
        }
        return new ArrayList<>(addresses);
    }

    /**
     * An area's entry: by its name as written ({@code recipients."Devon and Cornwall"}), else ignoring case, spaces
     * and punctuation, so that an environment variable ({@code PURDAH_NOTIFICATION_RECIPIENTS__DEVON_AND_CORNWALL__SPOC})
     * names it too.
     */
    private Optional<AreaRecipients> area(String name) {
        AreaRecipients exact = config.recipients().get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        String wanted = normalise(name);
        return config.recipients().entrySet().stream().filter(e -> normalise(e.getKey()).equals(wanted))
                .map(java.util.Map.Entry::getValue).findFirst();
    }

    private static String normalise(String area) {
        return area.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    List<String> forRole(String policeArea, String role) {
        Function<AreaRecipients, Optional<List<String>>> pick = switch (role.toUpperCase(Locale.ROOT)) {
            case SPOC -> AreaRecipients::spoc;
            case CHIEF_CONSTABLE_OFFICE -> AreaRecipients::chiefConstableOffice;
            case CHIEF_EXECUTIVE -> AreaRecipients::chiefExecutive;
            default -> area -> Optional.empty();
        };
        Optional<List<String>> own = policeArea == null ? Optional.empty() : area(policeArea).flatMap(pick);
        return own.or(() -> area(NotificationConfig.DEFAULT_AREA).flatMap(pick))
                .map(list -> list.stream().map(String::strip).filter(a -> !a.isEmpty()).toList())
                .orElse(List.of());
    }
}
