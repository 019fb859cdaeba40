package uk.police.purdah.intake.mapping;

import java.time.LocalDate;

/** INT-3: when an FOI request received on a day is due, in FOI working days. */
public record FoiDueView(LocalDate received, LocalDate due, int workingDays) {
}
