package uk.police.purdah.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One day off in one scope: from the GOV.UK list shipped with the service, or added by the SPOC (CAL-2). */
public record Holiday(LocalDate date, String title, HolidayScope scope, Source source) {

    /** Where the day came from. */
    public enum Source {
        /** the GOV.UK bank-holiday list bundled as {@code uk-bank-holidays.json} */
        GOV_UK,
        /** added at run time by the SPOC ({@code calendar_holiday}) */
        SPOC
    }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(source, "source");
    }
}
