package uk.police.purdah.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The holiday table both calendars read (CAL-2): the GOV.UK bank holidays of the three divisions,
 * shipped as the resource {@value #RESOURCE} in the published {@code bank-holidays.json} format, plus the
 * days the SPOC adds at run time. Immutable; {@link #with} makes a new table.
 *
 * <p>It covers whole years: from 1 January of the first year to 31 December of the last year that the
 * list has for every division. A date outside that range cannot be counted, because a missing holiday
 * would silently move a statutory deadline.
 */
public final class HolidayTable {

    public static final String RESOURCE = "uk-bank-holidays.json";

    private static final Comparator<Holiday> ORDER = Comparator.comparing(Holiday::date)
            .thenComparing(Holiday::scope).thenComparing(Holiday::source);

    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final NavigableMap<LocalDate, List<Holiday>> byDate;

    private HolidayTable(LocalDate firstDay, LocalDate lastDay, Collection<Holiday> holidays) {
        if (firstDay.isAfter(lastDay)) {
            throw new IllegalArgumentException("the holiday table covers no day: " + firstDay + " to " + lastDay);
        }
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        TreeMap<LocalDate, List<Holiday>> map = new TreeMap<>();
        holidays.stream().sorted(ORDER).forEach(h -> map.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(h));
        map.replaceAll((d, list) -> List.copyOf(list));
        this.byDate = Collections.unmodifiableNavigableMap(map);
    }

    /** The GOV.UK list shipped with the service, read once. */
    public static HolidayTable bundled() {
        return Bundled.TABLE;
    }

    private static final class Bundled {
        static final HolidayTable TABLE = load();

        private static HolidayTable load() {
            try (InputStream in = HolidayTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the resource " + RESOURCE + " is missing");
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** Reads a list in the GOV.UK {@code bank-holidays.json} format; each of the three divisions must be there. */
    public static HolidayTable parse(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<Holiday> holidays = new ArrayList<>();
        int firstYear = Integer.MIN_VALUE;
        int lastYear = Integer.MAX_VALUE;
        for (HolidayScope scope : HolidayScope.values()) {
            if (!scope.isBankHoliday()) {
                continue;
            }
            String division = scope.division().orElseThrow();
            JsonNode events = root.path(division).path("events");
            if (!events.isArray() || events.isEmpty()) {
                throw new IllegalArgumentException("the bank-holiday list has no events for " + division);
            }
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (JsonNode event : events) {
                LocalDate date = LocalDate.parse(event.path("date").asText());
                String title = event.path("title").asText().strip();
                String notes = event.path("notes").asText("").strip();
                holidays.add(new Holiday(date, notes.isEmpty() ? title : title + " (" + notes.toLowerCase() + ")",
                        scope, Holiday.Source.GOV_UK));
                min = Math.min(min, date.getYear());
                max = Math.max(max, date.getYear());
            }
            firstYear = Math.max(firstYear, min);
            lastYear = Math.min(lastYear, max);
        }
        return new HolidayTable(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31), holidays);
    }

    /** This table with more days (the SPOC's), over the same range. */
    public HolidayTable with(Collection<Holiday> added) {
        if (added.isEmpty()) {
            return this;
        }
        List<Holiday> all = new ArrayList<>(all());
        for (Holiday holiday : added) {
            requireCovered(holiday.date());
            all.add(holiday);
        }
        return new HolidayTable(firstDay, lastDay, all);
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** @throws OutsideCalendarException when the table does not reach the date */
    public void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideCalendarException(date, firstDay, lastDay);
        }
    }

    /** The day listed for this scope, if any. */
    public Optional<Holiday> find(LocalDate date, HolidayScope scope) {
        return byDate.getOrDefault(date, List.of()).stream().filter(h -> h.scope() == scope).findFirst();
    }

    public boolean isListed(LocalDate date, HolidayScope scope) {
        return find(date, scope).isPresent();
    }

    /** A bank holiday in any part of the United Kingdom (the FOI count). */
    public boolean isBankHolidayInAnyPart(LocalDate date) {
        return byDate.getOrDefault(date, List.of()).stream().anyMatch(h -> h.scope().isBankHoliday());
    }

    public List<Holiday> all() {
        return byDate.values().stream().flatMap(List::stream).toList();
    }

    public List<Holiday> inYear(int year) {
        return byDate.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values().stream()
                .flatMap(List::stream).toList();
    }

    /** How many days each scope lists, for logs and health. */
    public Map<HolidayScope, Long> counts() {
        TreeMap<HolidayScope, Long> counts = new TreeMap<>();
        all().forEach(h -> counts.merge(h.scope(), 1L, Long::sum));
        return counts;
    }
}
