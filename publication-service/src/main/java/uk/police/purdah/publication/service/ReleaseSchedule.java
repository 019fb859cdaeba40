package uk.police.purdah.publication.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/**
 * PUB-4: when the batches go out. {@code purdah.release.cron} (Quartz syntax, the scheduler's own; default
 * {@value #DEFAULT_CRON}: daily at 10:00) in {@code purdah.release.zone} (default Europe/London). An approved item
 * goes out at the first release after its approval; {@code off} stops the automatic release (the dates still follow
 * the default schedule).
 */
@ApplicationScoped
public class ReleaseSchedule {

    public static final String DEFAULT_CRON = "0 0 10 * * ?";

    private final ExecutionTime executions;
    private final ZoneId zone;

    public ReleaseSchedule(@ConfigProperty(name = "purdah.release.cron", defaultValue = DEFAULT_CRON) String cron,
            @ConfigProperty(name = "purdah.release.zone", defaultValue = "Europe/London") ZoneId zone) {
        String expression = cron.isBlank() || "off".equalsIgnoreCase(cron) || "disabled".equalsIgnoreCase(cron)
                ? DEFAULT_CRON : cron;
        this.executions = ExecutionTime.forCron(new CronParser(CronDefinitionBuilder.instanceDefinitionFor(
                CronType.QUARTZ)).parse(expression));
        this.zone = zone;
    }

    /** The day of the first release after this instant, in the release zone. */
    public LocalDate nextReleaseDay(Instant after) {
        return executions.nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toLocalDate)
                .orElseThrow(() -> new IllegalStateException("the release schedule never fires"));
    }

    public ZoneId zone() {
        return zone;
    }
}
