package uk.police.purdah.events;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code uk.police.purdah.calendar.day-added}: the SPOC added a bank holiday or a day of public thanksgiving or
 * mourning to the holiday table (CAL-2). A holiday concerns every election, so {@link #electionId()} is
 * {@link #ALL_ELECTIONS} and {@code scope} is a {@code HolidayScope} name.
 */
public record CalendarDayAdded(UUID electionId, LocalDate date, String title, String scope, String addedBy)
        implements PurdahEvent {

    /** The key of events that concern every election: the nil UUID. */
    public static final UUID ALL_ELECTIONS = new UUID(0, 0);

    /** The day, in the form used as the CloudEvents subject. */
    @Override
    public UUID aggregateId() {
        return UUID.nameUUIDFromBytes((date + "/" + scope).getBytes(StandardCharsets.UTF_8));
    }
}
