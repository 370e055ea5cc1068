package io.serval.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.agreement.VersionDiff;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DocumentDiffTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void targetsAreComparedByCodeSoReorderingIsNoChange() {
        var before = json.readTree("""
                {"name":"A","targets":[{"code":"X","duration":"PT4H"},{"code":"Y","duration":"PT8H"}],"services":["EMAIL"]}""");
        var after = json.readTree("""
                {"name":"A","targets":[{"code":"Y","duration":"PT8H"},{"code":"X","duration":"PT2H"}],"services":["EMAIL","ERP"]}""");

        assertThat(DocumentDiff.between(before, after)).containsExactly(
                new VersionDiff.Change("targets[X].duration", "PT4H", "PT2H"),
                new VersionDiff.Change("services", "EMAIL", "EMAIL, ERP"));
    }

    @Test
    void addedAndRemovedTargetsShowEveryField() {
        var before = json.readTree("{\"targets\":[{\"code\":\"X\",\"duration\":\"PT4H\"}]}");
        var after = json.readTree("{\"targets\":[{\"code\":\"Z\",\"duration\":\"PT1H\"}]}");

        assertThat(DocumentDiff.between(before, after)).extracting(VersionDiff.Change::field)
                .containsExactly("targets[X].code", "targets[X].duration", "targets[Z].code", "targets[Z].duration");
    }
}
