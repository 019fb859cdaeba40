package uk.police.purdah.audit.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 4180 fields (AUD-4). */
class LedgerCsvTest {

    @Test
    void AUD_4_fieldsAreQuotedOnlyWhenTheyMustBeAndQuotesAreDoubled() {
        assertThat(LedgerCsv.field("plain")).isEqualTo("plain");
        assertThat(LedgerCsv.field("")).isEqualTo("");
        assertThat(LedgerCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(LedgerCsv.field("{\"a\":1}")).isEqualTo("\"{\"\"a\"\":1}\"");
        assertThat(LedgerCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(LedgerCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }
}
