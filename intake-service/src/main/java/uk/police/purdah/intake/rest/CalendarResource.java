package uk.police.purdah.intake.rest;

import static uk.police.purdah.support.Roles.AUDITOR;
import static uk.police.purdah.support.Roles.CHIEF_CONSTABLE;
import static uk.police.purdah.support.Roles.FORCE_STAFF;
import static uk.police.purdah.support.Roles.OPCC_STAFF;
import static uk.police.purdah.support.Roles.RETURNING_OFFICER;
import static uk.police.purdah.support.Roles.SPOC;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.police.purdah.intake.calendar.CalendarService;
import uk.police.purdah.calendar.FoiCalendar;
import uk.police.purdah.calendar.HolidayTable;
import uk.police.purdah.calendar.OutsideCalendarException;
import uk.police.purdah.intake.mapping.FoiDueView;
import uk.police.purdah.intake.mapping.HolidayForm;
import uk.police.purdah.intake.mapping.HolidayView;
import uk.police.purdah.intake.mapping.TimetableView;
import uk.police.purdah.support.problem.InvalidParametersException;
import uk.police.purdah.support.problem.InvalidParametersException.Violation;

/**
 * The calendar (CAL-1, CAL-2, INT-3). Query parameters are read as text and parsed here, so that a bad
 * one is a 400 naming it rather than the 404 JAX-RS gives a typed parameter it cannot convert.
 */
@Path("/api/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "calendar")
@SecurityRequirement(name = "SecurityScheme")
public class CalendarResource {

    private final CalendarService calendar;
    private final JsonWebToken caller;

    public CalendarResource(CalendarService calendar, JsonWebToken caller) {
        this.calendar = calendar;
        this.caller = caller;
    }

    @GET
    @Path("foi-due")
    @RolesAllowed({SPOC, FORCE_STAFF, OPCC_STAFF, CHIEF_CONSTABLE, AUDITOR, RETURNING_OFFICER})
    @Operation(summary = "When an FOI request is due (INT-3)",
            description = ApiText.STAFF_ROLES
                    + " The 20th FOI working day after receipt: day one is the first working day after the day"
                    + " it arrived, even a weekend or holiday. FOI working days exclude weekends and bank holidays"
                    + " in any part of the United Kingdom (CAL-2).")
    @APIResponse(responseCode = "200", description = "the due date")
    @APIResponse(responseCode = "400", description = "received is missing, not a date, or outside the calendar")
    @APIResponse(responseCode = "401", description = "no token, or an invalid one")
    @APIResponse(responseCode = "403", description = "a role that is not a staff role")
    public FoiDueView foiDue(
            @Parameter(description = "the day the request arrived, YYYY-MM-DD", example = "2024-03-28")
            @QueryParam("received") String received) {
        LocalDate day = date("received", received);
        LocalDate due = within("received", day, calendar::foiDue);
        return new FoiDueView(day, due, FoiCalendar.FOI_WORKING_DAYS);
    }

    @GET
    @Path("timetable")
    @RolesAllowed({SPOC, FORCE_STAFF, OPCC_STAFF, CHIEF_CONSTABLE, AUDITOR, RETURNING_OFFICER})
    @Operation(summary = "The statutory timetable of a poll (CAL-1)",
            description = ApiText.STAFF_ROLES
                    + " The last day for the notice of election (the 25th election timetable day before the"
                    + " poll), the close of nominations (16:00 on the 19th) and the default purdah start (six weeks"
                    + " before the poll). Election timetable days exclude weekends, Christmas Eve, Christmas Day,"
                    + " Good Friday, bank holidays in England and Wales and days of thanksgiving or mourning (CAL-2).")
    @APIResponse(responseCode = "200", description = "the timetable")
    @APIResponse(responseCode = "400", description = "poll is missing, not a date, or outside the calendar")
    @APIResponse(responseCode = "401", description = "no token, or an invalid one")
    @APIResponse(responseCode = "403", description = "a role that is not a staff role")
    public TimetableView timetable(
            @Parameter(description = "the day of the poll, YYYY-MM-DD", example = "2024-05-02")
            @QueryParam("poll") String poll) {
        return TimetableView.of(within("poll", date("poll", poll), calendar::timetable));
    }

    @GET
    @Path("holidays")
    @RolesAllowed({SPOC, FORCE_STAFF, OPCC_STAFF, CHIEF_CONSTABLE, AUDITOR, RETURNING_OFFICER})
    @Operation(summary = "The holiday table (CAL-2)",
            description = ApiText.STAFF_ROLES
                    + " The GOV.UK bank holidays of the three divisions shipped with the service, and the days"
                    + " the SPOC has added, in date order; each says which calendars it stops.")
    @APIResponse(responseCode = "200", description = "the days, of one year or of all")
    @APIResponse(responseCode = "400", description = "year is not a year the calendar covers")
    @APIResponse(responseCode = "401", description = "no token, or an invalid one")
    @APIResponse(responseCode = "403", description = "a role that is not a staff role")
    public List<HolidayView> holidays(
            @Parameter(description = "a year, YYYY; all years when absent", example = "2024")
            @QueryParam("year") String year) {
        return calendar.holidays(year(year)).stream().map(HolidayView::of).toList();
    }

    @POST
    @Path("holidays")
    @RolesAllowed(SPOC)
    @Operation(summary = "Add a holiday or a day appointed for thanksgiving or mourning (CAL-2)",
            description = "Role: spoc."
                    + " Takes effect at once in the calendars it belongs to. An election whose nominations have"
                    + " not closed yet gets its timetable counted again, and an ElectionUpdated event if it moves.")
    @APIResponse(responseCode = "201", description = "the day as added")
    @APIResponse(responseCode = "400", description = "a field is missing or wrong, or the date is outside the"
            + " calendar or on a weekend")
    @APIResponse(responseCode = "409", description = "the day is already a holiday in that scope")
    @APIResponse(responseCode = "401", description = "no token, or an invalid one")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    public Response addHoliday(@Valid @NotNull HolidayForm form) {
        HolidayView view = HolidayView.of(calendar.add(form.date(), form.title(), form.scope(), caller.getName()));
        return Response.created(URI.create("/api/calendar/holidays?year=" + view.date().getYear())).entity(view)
                .build();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name, "is required: a date, YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date, YYYY-MM-DD");
        }
    }

    private Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        HolidayTable bundled = HolidayTable.bundled();
        if (!value.strip().matches("\\d{4}")) {
            throw invalid("year", "must be a year, YYYY");
        }
        int year = Integer.parseInt(value.strip());
        if (year < bundled.firstDay().getYear() || year > bundled.lastDay().getYear()) {
            throw invalid("year", "the calendar covers " + bundled.firstDay().getYear() + " to "
                    + bundled.lastDay().getYear());
        }
        return year;
    }

    private static <T> T within(String name, LocalDate day, Function<LocalDate, T> count) {
        try {
            return count.apply(day);
        } catch (OutsideCalendarException e) {
            String range = "the calendar covers " + e.firstDay() + " to " + e.lastDay()
                    + " (the published UK bank holidays, plus the days the SPOC adds)";
            throw invalid(name, e.date().equals(day) ? range
                    : range + "; counting from " + day + " reaches " + e.date());
        }
    }

    private static InvalidParametersException invalid(String name, String message) {
        return new InvalidParametersException(List.of(new Violation(name, message)));
    }
}
