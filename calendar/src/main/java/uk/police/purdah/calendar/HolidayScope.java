package uk.police.purdah.calendar;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a holiday applies (CAL-2). The three divisions are those of the GOV.UK bank-holiday list;
 * a day appointed for public thanksgiving or mourning is not a bank holiday but stops the election
 * timetable (Representation of the People Act 1983, r.2 of the rules, as the PCC elections order applies it).
 */
public enum HolidayScope {
    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland"),
    PUBLIC_THANKSGIVING_OR_MOURNING(null);

    private final String division;

    HolidayScope(String division) {
        this.division = division;
    }

    /** The GOV.UK division key, for the three that are divisions. */
    public Optional<String> division() {
        return Optional.ofNullable(division);
    }

    /** A bank holiday in this scope is one in some part of the United Kingdom. */
    public boolean isBankHoliday() {
        return division != null;
    }

    public static Optional<HolidayScope> ofDivision(String division) {
        return Arrays.stream(values()).filter(s -> s.division != null && s.division.equals(division)).findFirst();
    }
}
