package uk.police.purdah.notification.rest;

import static uk.police.purdah.support.Roles.AUDITOR;
import static uk.police.purdah.support.Roles.SPOC;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.police.purdah.notification.mapping.NotificationView;
import uk.police.purdah.notification.model.Election;
import uk.police.purdah.notification.model.Notification;
import uk.police.purdah.notification.model.Reason;
import uk.police.purdah.support.problem.NotFoundException;
import uk.police.purdah.support.problem.QueryParameters;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@SecurityRequirement(name = "SecurityScheme")
public class NotificationResource {

    @GET
    @RolesAllowed({SPOC, AUDITOR})
    @Transactional
    @Operation(summary = "The notifications of an election: why, to whom, and whether they went (issue 11)",
            description = "Roles: spoc, auditor. Oldest first. Each request or finding is notified at most once per"
                    + " reason (REQUEST_ROUTED, REQUEST_NOTIFIED, VISIT_REQUEST, POLICE_IMAGERY_CASE, FOI_DUE_IN_5,"
                    + " FOI_DUE_IN_2, FOI_OVERDUE, FINDING_OPENED, FINDING_DUE_TOMORROW, FINDING_BREACHED); a PENDING"
                    + " one waits for SMTP with its attempts and next attempt.")
    @APIResponse(responseCode = "200", description = "the notifications, oldest first")
    @APIResponse(responseCode = "400", description = "electionId missing or not a UUID, subjectId not a UUID, or an"
            + " unknown reason or status (problem+json naming the parameter)")
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "neither the SPOC nor the auditor")
    @APIResponse(responseCode = "404", description = "no election with this id was ever seen")
    public List<NotificationView> list(
            @Parameter(description = "the election", required = true, schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("electionId") String electionId,
            @Parameter(description = "only those about this request or finding", schema = @Schema(
                    type = SchemaType.STRING, format = "uuid")) @QueryParam("subjectId") String subjectId,
            @Parameter(description = "only this reason") @QueryParam("reason") String reason,
            @Parameter(description = "PENDING, SENT or CANCELLED") @QueryParam("status") String status) {
        QueryParameters params = new QueryParameters();
        UUID election = params.uuid("electionId", electionId);
        params.ensure(electionId != null && !electionId.isBlank(), "electionId", "is required");
        UUID subject = params.uuid("subjectId", subjectId);
        Reason why = params.enumValue("reason", reason, Reason.class);
        Notification.Status state = params.enumValue("status", status, Notification.Status.class);
        params.check();
        if (Election.findById(election) == null && Notification.count("electionId", election) == 0) {
            throw new NotFoundException("no election " + election + " has been seen by notification-service");
        }
        StringBuilder query = new StringBuilder("electionId = :election");
        var values = new java.util.HashMap<String, Object>();
        values.put("election", election);
        if (subject != null) {
            query.append(" and subjectId = :subject");
            values.put("subject", subject);
        }
        if (why != null) {
            query.append(" and reason = :reason");
            values.put("reason", why);
        }
        if (state != null) {
            query.append(" and status = :status");
            values.put("status", state);
        }
        query.append(" order by createdAt, reason");
        return Notification.<Notification>list(query.toString(), values).stream().map(NotificationView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({SPOC, AUDITOR})
    @Transactional
    @Operation(summary = "One notification (issue 11)", description = "Roles: spoc, auditor.")
    @APIResponse(responseCode = "200", description = "the notification")
    @APIResponse(responseCode = "400", description = "the id is not a UUID (problem+json naming `id`)")
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "neither the SPOC nor the auditor")
    @APIResponse(responseCode = "404", description = "no notification with this id")
    public NotificationView one(@Parameter(description = "the notification", schema = @Schema(
            type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        QueryParameters params = new QueryParameters();
        UUID key = params.uuid("id", id);
        params.check();
        Notification notification = Notification.findById(key);
        if (notification == null) {
            throw new NotFoundException("no notification " + key);
        }
        return NotificationView.of(notification);
    }
}
