package uk.police.purdah.equality.service;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** UK formats for what people read: "1 June 2026", "1 June 2026 at 2:05pm" (GOV.UK style), London time. */
public final class Reports {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private Reports() {
    }

    public static String ukDate(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(GraceCalendar.UK).format(DATE);
    }

    /** dd/mm/yyyy, the UK numeric form a spreadsheet reads as a date. */
    public static String ukShortDate(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(GraceCalendar.UK).format(SHORT_DATE);
    }

    public static String ukDateTime(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        return ukDate(time) + " at "
                + time.atZoneSameInstant(GraceCalendar.UK).format(TIME).toLowerCase(Locale.UK);
    }
}
