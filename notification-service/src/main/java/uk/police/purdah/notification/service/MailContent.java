package uk.police.purdah.notification.service;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import uk.police.purdah.notification.model.Election;
import uk.police.purdah.notification.model.Notification;

/**
 * The words of a notification, from the Qute templates {@code templates/notification.txt} and
 * {@code templates/notification.html}: what happened, what is due when, and the link to the register page. Only the
 * request's subject line and kind, or the finding's description; never a candidate's contact details.
 */
@ApplicationScoped
public class MailContent {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);

    public record Rendered(String subject, String text, String html) {
    }

    private final Template text;
    private final Template html;
    private final NotificationConfig config;

    public MailContent(@Location("notification.txt") Template text, @Location("notification.html") Template html,
            NotificationConfig config) {
        this.text = text;
        this.html = html;
        this.config = config;
    }

    public Rendered render(Notification n, Election election) {
        String title = n.title == null || n.title.isBlank() ? "(no subject)" : n.title;
        String subject = "[Purdah] " + switch (n.reason) {
            case REQUEST_ROUTED -> "New candidate request for the register: " + title;
            case REQUEST_NOTIFIED -> "For information: a candidate's request was logged: " + title;
            case VISIT_REQUEST -> "Visit request from a candidate: " + title;
            case POLICE_IMAGERY_CASE -> "Police imagery case opened: " + title;
            case FOI_DUE_IN_5, FOI_DUE_IN_2 -> "FOI request due " + dueIn(n.workingDaysLeft) + ": " + title;
            case FOI_OVERDUE -> "FOI request overdue: " + title;
            case FINDING_OPENED -> "Parity finding opened (" + n.kind + ")";
            case FINDING_DUE_TOMORROW -> "Parity finding breaches tomorrow (" + n.kind + ")";
            case FINDING_BREACHED -> "Parity finding breached (" + n.kind + ")";
        };
        String link = config.registerUrl() + "?electionId=" + n.electionId;
        var data = new java.util.HashMap<String, Object>();
        data.put("reason", n.reason);
        data.put("rule", n.reason.rule());
        data.put("title", title);
        data.put("kind", n.kind == null ? "" : n.kind.replace('_', ' ').toLowerCase(Locale.UK));
        data.put("area", election == null ? "" : election.policeArea);
        data.put("dueDate", n.dueDate == null ? null : DAY.format(n.dueDate));
        data.put("dueBy", n.dueBy == null ? null : TIME.format(n.dueBy.atZoneSameInstant(FoiDays.UK)));
        data.put("dueIn", dueIn(n.workingDaysLeft));
        data.put("daysLate", n.workingDaysLeft == null ? null : -n.workingDaysLeft);
        data.put("detail", n.detail);
        data.put("link", link);
        data.put("subject", subject);
        var plain = text.instance();
        var rich = html.instance();
        data.forEach((key, value) -> {
            plain.data(key, value);
            rich.data(key, value);
        });
        return new Rendered(subject, plain.render(), rich.render());
    }

    static String dueIn(Integer left) {
        if (left == null) {
            return "";
        }
        return left == 0 ? "today" : left == 1 ? "in 1 working day" : "in " + left + " working days";
    }
}
