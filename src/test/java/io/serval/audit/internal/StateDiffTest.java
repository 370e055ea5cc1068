package io.serval.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.audit.AuditEntryView.FieldChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDiffTest {

    @Test
    void aReorderedListIsNotAChange() {
        assertThat(StateDiff.between(state("roles", List.of("AGENT", "ADMIN")), state("roles", List.of("ADMIN", "AGENT"))))
                .isEmpty();
        assertThat(StateDiff.between(state("periods", List.of(period("MONDAY"), period("TUESDAY"))),
                state("periods", List.of(period("TUESDAY"), period("MONDAY"))))).isEmpty();
    }

    @Test
    void aListOfPlainValuesIsShownWhole() {
        assertThat(StateDiff.between(state("roles", List.of("AGENT")), state("roles", List.of("AGENT", "ADMIN"))))
                .containsExactly(new FieldChange("roles", "AGENT", "AGENT, ADMIN"));
    }

    @Test
    void aListOfRecordsShowsTheEntriesRemovedAndAddedOnePerLine() {
        assertThat(StateDiff.between(state("periods", List.of(period("MONDAY"), period("TUESDAY"))),
                state("periods", List.of(period("TUESDAY"), period("FRIDAY"), period("SATURDAY")))))
                .containsExactly(new FieldChange("periods", "day: MONDAY, start: 09:00, end: 18:00",
                        "day: FRIDAY, start: 09:00, end: 18:00\nday: SATURDAY, start: 09:00, end: 18:00"));
    }

    @Test
    void nestedValuesAreOpenedIntoTheirFields() {
        Map<String, Object> before = state("document", Map.of("calendar", "cn-standard", "name", "SLA"));
        Map<String, Object> after = state("document", Map.of("calendar", "24x7", "name", "SLA"));
        assertThat(StateDiff.between(before, after)).containsExactly(new FieldChange("document.calendar", "cn-standard", "24x7"));
    }

    @Test
    void bookkeepingAndNothingBecomingEmptyAreNotChanges() {
        Map<String, Object> before = new LinkedHashMap<>(Map.of("version", 1, "updatedAt", "2026-01-01T00:00:00Z"));
        before.put("note", null);
        Map<String, Object> after = new LinkedHashMap<>(Map.of("version", 2, "updatedAt", "2026-02-01T00:00:00Z",
                "note", "", "holidays", List.of()));
        assertThat(StateDiff.between(before, after)).isEmpty();
    }

    @Test
    void aCreatedRecordShowsEveryValueAsAdded() {
        assertThat(StateDiff.between(Map.of(), state("name", "E-mail")))
                .containsExactly(new FieldChange("name", "", "E-mail"));
    }

    private static Map<String, Object> state(String field, Object value) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put(field, value);
        return state;
    }

    private static Map<String, Object> period(String day) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("day", day);
        period.put("start", "09:00");
        period.put("end", "18:00");
        return period;
    }
}
