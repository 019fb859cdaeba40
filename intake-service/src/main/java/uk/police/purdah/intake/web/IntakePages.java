package uk.police.purdah.intake.web;

import static uk.police.purdah.support.Roles.CHIEF_CONSTABLE;
import static uk.police.purdah.support.Roles.FORCE_STAFF;
import static uk.police.purdah.support.Roles.OPCC_STAFF;
import static uk.police.purdah.support.Roles.SPOC;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.intake.mapping.DealingForm;
import uk.police.purdah.intake.mapping.DealingView;
import uk.police.purdah.intake.mapping.DecisionForm;
import uk.police.purdah.intake.mapping.RequestForm;
import uk.police.purdah.intake.mapping.RequestView;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.Dealing;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.intake.model.OfficeHolder;
import uk.police.purdah.intake.model.VisitPurpose;
import uk.police.purdah.intake.service.DealingLog;
import uk.police.purdah.intake.service.RequestRegister;
import uk.police.purdah.support.problem.ConflictException;
import uk.police.purdah.support.problem.InvalidFieldException;
import uk.police.purdah.support.problem.NotFoundException;

/**
 * The intranet form pages (issue 4): "Log a candidate request" (INT-1..INT-10), "Record a dealing with a
 * candidate" and the SPOC's register (INT-3, INT-8), server-rendered with Qute (every value escaped) and GOV.UK
 * Frontend's CSS, no JavaScript. They post to the same service code as the API and sit behind the OIDC
 * authorization code flow (the {@code web} tenant in application.properties).
 */
@Path("/")
@Tag(name = "pages")
@Produces(MediaType.TEXT_HTML)
public class IntakePages {

    static final String GOVUK = "/webjars/govuk-frontend/5.14.0/dist/govuk";

    /** A candidate as an option of the form's select: the value is the candidate, the label names the election. */
    public record CandidateOption(String id, String label) {
    }

    /** A row of the register: the request, the candidate's name and whether the SPOC may decide it now. */
    public record RegisterRow(RequestView request, String candidateName, boolean decidable) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance requestForm(FormState form, List<CandidateOption> candidates,
                List<String> kinds, List<String> channels, List<String> purposes, List<String> officeHolders,
                String govuk, String user);

        static native TemplateInstance requestLogged(RequestView request, String candidateName, boolean replayed,
                String govuk, String user);

        static native TemplateInstance dealingForm(FormState form, List<CandidateOption> candidates,
                List<String> kinds, List<String> capacities, String govuk, String user);

        static native TemplateInstance dealingRecorded(DealingView dealing, String govuk, String user);

        static native TemplateInstance register(List<RegisterRow> rows, long total, boolean canDecide,
                FormState form, String govuk, String user);
    }

    private final RequestRegister register;
    private final DealingLog dealings;
    private final Validator validator;
    private final SecurityIdentity caller;

    public IntakePages(RequestRegister register, DealingLog dealings, Validator validator, SecurityIdentity caller) {
        this.register = register;
        this.dealings = dealings;
        this.validator = validator;
        this.caller = caller;
    }

    // ---------------------------------------------------------------- Log a candidate request

    @GET
    @Path("requests/new")
    @RolesAllowed({FORCE_STAFF, OPCC_STAFF, SPOC})
    @Operation(summary = "Page: log a candidate request (INT-1..INT-7, INT-9, INT-10)",
            description = "Roles: force-staff, opcc-staff, spoc. Browser login (authorization code flow); without a"
                    + " session it redirects to the login page.")
    @APIResponse(responseCode = "200", description = "the form, with a fresh idempotency key in a hidden field")
    @APIResponse(responseCode = "302", description = "no session: to the login page")
    @APIResponse(responseCode = "403", description = "not a role that logs requests")
    public TemplateInstance requestForm() {
        return requestPage(new FormState().with("idempotencyKey", UUID.randomUUID().toString()));
    }

    @POST
    @Path("requests/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({FORCE_STAFF, OPCC_STAFF, SPOC})
    @Operation(summary = "Page: submit a candidate request; shows the acknowledgement (INT-9) and the routing (INT-1)",
            description = "Roles: force-staff, opcc-staff, spoc. The same service code as POST /api/requests; the"
                    + " hidden idempotency key makes a double submit one request (INT-10).")
    @APIResponse(responseCode = "200", description = "the acknowledgement and the routing")
    @APIResponse(responseCode = "400", description = "the form again with the GOV.UK error summary, values kept")
    @APIResponse(responseCode = "403", description = "not a role that logs requests")
    public Response submitRequest(MultivaluedMap<String, String> body) {
        FormState form = FormState.of(body);
        String key = form.text("idempotencyKey");
        if (key == null || key.length() > 200) {
            key = UUID.randomUUID().toString();
            form.with("idempotencyKey", key);
        }
        Candidate candidate = candidate(form);
        RequestKind kind = enumValue(form, "kind", RequestKind.class, "Select the kind of request");
        Channel channel = enumValue(form, "channel", Channel.class, "Select how the request arrived");
        OffsetDateTime receivedAt = dateTime(form, "receivedAt", false);
        VisitPurpose purpose = enumValue(form, "purpose", VisitPurpose.class, null);
        OfficeHolder officeHolder = enumValue(form, "officeHolder", OfficeHolder.class, null);
        LocalDate plannedOn = date(form, "plannedOn");
        RequestForm request = new RequestForm(candidate == null ? null : candidate.electionId,
                candidate == null ? null : candidate.id, kind, channel, form.text("subject"), form.text("text"),
                receivedAt, purpose, officeHolder, form.text("questions"), plannedOn);
        validate(form, request);
        if (!form.hasErrors()) {
            try {
                RequestRegister.Submission submission = register.submit(request, key, name());
                RequestView view = register.view(submission.request());
                return Response.ok(Templates.requestLogged(view, candidate.name, submission.replayed(), GOVUK,
                        name())).build();
            } catch (InvalidFieldException e) {
                form.error(fieldOf(e.field()), label(e.field()) + " " + e.getMessage());
            } catch (ConflictException e) {
                form.error("subject", e.getMessage());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(requestPage(form)).build();
    }

    private TemplateInstance requestPage(FormState form) {
        return Templates.requestForm(form, candidateOptions(), names(RequestKind.values()), names(Channel.values()),
                names(VisitPurpose.values()), names(OfficeHolder.values()), GOVUK, name());
    }

    // ---------------------------------------------------------------- Record a dealing

    @GET
    @Path("dealings/new")
    @RolesAllowed({FORCE_STAFF, OPCC_STAFF, SPOC})
    @Operation(summary = "Page: record a dealing with a candidate (CAND-2, CAND-4)",
            description = "Roles: force-staff, opcc-staff, spoc. Browser login (authorization code flow).")
    @APIResponse(responseCode = "200", description = "the form")
    @APIResponse(responseCode = "302", description = "no session: to the login page")
    @APIResponse(responseCode = "403", description = "not a role that records dealings")
    public TemplateInstance dealingForm() {
        return dealingPage(new FormState());
    }

    @POST
    @Path("dealings/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({FORCE_STAFF, OPCC_STAFF, SPOC})
    @Operation(summary = "Page: submit a dealing with a candidate; shows what was recorded",
            description = "Roles: force-staff, opcc-staff, spoc. The same service code as POST /api/dealings.")
    @APIResponse(responseCode = "200", description = "the dealing as recorded, with the candidate's caution")
    @APIResponse(responseCode = "400", description = "the form again with the GOV.UK error summary, values kept")
    @APIResponse(responseCode = "403", description = "not a role that records dealings")
    public Response submitDealing(MultivaluedMap<String, String> body) {
        FormState form = FormState.of(body);
        Candidate candidate = candidate(form);
        Dealing.Kind kind = enumValue(form, "kind", Dealing.Kind.class, "Select the kind of dealing");
        OffsetDateTime occurredAt = dateTime(form, "occurredAt", true);
        Dealing.Capacity capacity = enumValue(form, "capacity", Dealing.Capacity.class, null);
        DealingForm dealing = new DealingForm(candidate == null ? null : candidate.electionId,
                candidate == null ? null : candidate.id, kind, occurredAt, form.text("location"),
                form.text("summary"), capacity);
        validate(form, dealing);
        if (!form.hasErrors()) {
            try {
                DealingLog.Entry entry = dealings.record(dealing, name());
                return Response.ok(Templates.dealingRecorded(DealingView.of(entry.dealing(), entry.candidate()),
                        GOVUK, name())).build();
            } catch (InvalidFieldException e) {
                form.error(fieldOf(e.field()), label(e.field()) + " " + e.getMessage());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(dealingPage(form)).build();
    }

    private TemplateInstance dealingPage(FormState form) {
        return Templates.dealingForm(form, candidateOptions(), names(Dealing.Kind.values()),
                names(Dealing.Capacity.values()), GOVUK, name());
    }

    // ---------------------------------------------------------------- The SPOC's register

    @GET
    @Path("register")
    @RolesAllowed({SPOC, CHIEF_CONSTABLE})
    @Operation(summary = "Page: the register of requests with FOI due dates, days left, overdue and the rules'"
            + " warnings (INT-3..INT-8)", description = "Roles: spoc, chief-constable (read); decision buttons for"
                    + " spoc only.")
    @APIResponse(responseCode = "200", description = "the register, newest first")
    @APIResponse(responseCode = "302", description = "no session: to the login page")
    @APIResponse(responseCode = "403", description = "not a role that reads the whole register")
    public TemplateInstance registerPage() {
        return registerPage(new FormState());
    }

    @POST
    @Path("register/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(SPOC)
    @Operation(summary = "Page: the SPOC grants a request or refuses it with a reason (INT-8)",
            description = "Roles: spoc. The same service code as POST /api/requests/{id}/decision.")
    @APIResponse(responseCode = "303", description = "decided: back to the register")
    @APIResponse(responseCode = "400", description = "the register again with the GOV.UK error summary")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such request")
    public Response decide(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        UUID requestId;
        try {
            requestId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no request " + id);
        }
        register.get(requestId, null);
        FormState form = FormState.of(body);
        Decision decision = enumValue(form, "decision", Decision.class, "Select grant or refuse");
        if (decision == Decision.REDIRECTED) {
            form.error("decision", "Select grant or refuse");
        }
        if (!form.hasErrors()) {
            try {
                register.decide(requestId, new DecisionForm(decision, form.text("reason"), null, null, null, null),
                        name());
                return Response.seeOther(URI.create("/register")).build();
            } catch (InvalidFieldException e) {
                form.error("reason-" + requestId, "Reason for refusing " + e.getMessage());
            } catch (ConflictException e) {
                form.error("decision", e.getMessage());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(registerPage(form)).build();
    }

    private TemplateInstance registerPage(FormState form) {
        var page = register.search(new RequestRegister.Filter(null, null, null, null, null), 0, 200);
        Map<UUID, String> names = page.items().isEmpty() ? Map.of()
                : Candidate.<Candidate>list("id in ?1", page.items().stream().map(RequestView::candidateId)
                        .distinct().toList()).stream().collect(Collectors.toMap(c -> c.id, c -> c.name));
        List<RegisterRow> rows = page.items().stream().map(r -> new RegisterRow(r,
                names.getOrDefault(r.candidateId(), ""), r.decision() == null
                        && (r.status() == uk.police.purdah.intake.model.CandidateRequest.Status.ROUTED
                                || r.status() == uk.police.purdah.intake.model.CandidateRequest.Status.RECEIVED)))
                .toList();
        return Templates.register(rows, page.total(), caller.hasRole(SPOC), form, GOVUK, name());
    }

    // ---------------------------------------------------------------- helpers

    private List<CandidateOption> candidateOptions() {
        Map<UUID, Election> elections = Election.<Election>listAll().stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        return Candidate.<Candidate>listAll().stream()
                .filter(c -> elections.containsKey(c.electionId))
                .sorted(Comparator.comparing((Candidate c) -> elections.get(c.electionId).pollDate).reversed()
                        .thenComparing(c -> c.name))
                .map(c -> {
                    Election e = elections.get(c.electionId);
                    return new CandidateOption(c.id.toString(), c.name + (c.party == null ? "" : " (" + c.party + ")")
                            + " – " + e.policeArea + " election, poll " + e.pollDate);
                }).toList();
    }

    private Candidate candidate(FormState form) {
        String value = form.text("candidateId");
        if (value == null) {
            form.error("candidateId", "Select the candidate");
            return null;
        }
        try {
            Candidate candidate = Candidate.findById(UUID.fromString(value));
            if (candidate == null) {
                form.error("candidateId", "Select a candidate from the list");
            }
            return candidate;
        } catch (IllegalArgumentException e) {
            form.error("candidateId", "Select a candidate from the list");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(FormState form, String field, Class<E> type, String required) {
        String value = form.text(field);
        if (value == null) {
            if (required != null) {
                form.error(field, required);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            form.error(field, "Select one of the options for " + LABELS.getOrDefault(field, field).toLowerCase());
            return null;
        }
    }

    private static OffsetDateTime dateTime(FormState form, String field, boolean required) {
        String value = form.text(field);
        if (value == null) {
            if (required) {
                form.error(field, "Enter when it happened");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(Election.UK).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            form.error(field, LABELS.get(field) + " must be a date and time, for example 2026-06-10T10:15");
            return null;
        }
    }

    private static LocalDate date(FormState form, String field) {
        String value = form.text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            form.error(field, LABELS.get(field) + " must be a date, for example 2026-06-20");
            return null;
        }
    }

    private void validate(FormState form, Object record) {
        Set<ConstraintViolation<Object>> violations = validator.validate(record);
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
            String field = fieldOf(v.getPropertyPath().toString());
            if (!form.hasError(field)) {
                form.error(field, v.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.NotBlank
                        || v.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.NotNull
                                ? "Enter " + LABELS.getOrDefault(field, field).toLowerCase()
                                : label(field) + " " + v.getMessage());
            }
        });
    }

    /** The form has one candidate select; the election follows from it. */
    private static String fieldOf(String field) {
        return "electionId".equals(field) ? "candidateId" : field;
    }

    private static String label(String field) {
        return LABELS.getOrDefault(fieldOf(field), field);
    }

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("candidateId", "Candidate");
        LABELS.put("kind", "Kind");
        LABELS.put("channel", "How it arrived");
        LABELS.put("subject", "Subject");
        LABELS.put("text", "What the candidate asked");
        LABELS.put("receivedAt", "Received at");
        LABELS.put("purpose", "Visit purpose");
        LABELS.put("officeHolder", "Meeting with");
        LABELS.put("questions", "Questions sent in advance");
        LABELS.put("plannedOn", "Planned on");
        LABELS.put("occurredAt", "When it happened");
        LABELS.put("location", "Where");
        LABELS.put("summary", "What was said or done");
        LABELS.put("capacity", "Capacity");
        LABELS.put("reason", "Reason");
        LABELS.put("decision", "Decision");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private String name() {
        return caller.getPrincipal().getName();
    }
}
