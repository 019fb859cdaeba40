package uk.police.purdah.notification.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code purdah.notification.*}: who is told per role and police area, where the mail links to, and how the sender
 * retries. {@code recipients."<police area>".spoc=a@x,b@y}; an area without an address for a role uses the
 * {@code "default"} area's.
 */
@ConfigMapping(prefix = "purdah.notification")
public interface NotificationConfig {

    String DEFAULT_AREA = "default";

    Map<String, AreaRecipients> recipients();

    /** intake's register page, linked from every mail (INT-1) */
    String registerUrl();

    Sender sender();

    DeadlineCheck deadlineCheck();

    interface DeadlineCheck {
        /** when the daily INT-3 / EQ-1 deadline check runs, Europe/London (it also runs at start-up) */
        @WithDefault("0 0 7 * * ?")
        String cron();
    }

    interface AreaRecipients {
        Optional<List<String>> spoc();

        Optional<List<String>> chiefConstableOffice();

        Optional<List<String>> chiefExecutive();
    }

    interface Sender {
        /** how often the sender looks for mail to send */
        @WithDefault("2s")
        String every();

        @WithDefault("5s")
        Duration firstRetry();

        @WithDefault("10m")
        Duration maxRetry();
    }
}
