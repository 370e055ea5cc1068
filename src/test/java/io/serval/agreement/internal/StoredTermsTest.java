package io.serval.agreement.internal;

import static io.serval.agreement.internal.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import io.serval.agreement.AgreementType;
import io.serval.core.LocalizedText;
import org.junit.jupiter.api.Test;

/** A stored version is always read, whatever limits it predates: what cannot be read is left out or left empty. */
class StoredTermsTest {

    @Test
    void aStoredDocumentWithValuesNoLongerAcceptedIsStillRead() {
        Terms terms = StoredTerms.of(document("""
                {"type":"OLA","code":"OLD","name":"Old","team":"DESK","validFrom":"someday","monthlyFee":1e400,
                 "targets":[{"code":"T1","metric":"RESOLUTION","duration":"soon"},
                            {"code":"T2","metric":"SPEED","duration":"PT1H"},
                            {"code":"T3","metric":"FAILURE_COUNT","count":5,"period":"P9999Y"},
                            {"code":"T4","metric":"RESPONSE","duration":"PT99999999999999999999H"}]}"""));

        assertThat(terms.type()).isEqualTo(AgreementType.OLA);
        assertThat(terms.party()).isEqualTo("DESK");
        assertThat(terms.validFrom()).isNull();
        assertThat(terms.targets()).extracting(Target::code).as("a target of an unknown metric is left out")
                .containsExactly("T1", "T3", "T4");
        assertThat(terms.target("T1").orElseThrow().duration()).isNull();
        assertThat(terms.target("T1").orElseThrow().value()).isEqualTo("?");
        assertThat(terms.target("T3").orElseThrow().period().getYears()).isEqualTo(9999);
        assertThat(terms.target("T4").orElseThrow().duration()).isNull();
    }

    @Test
    void aDocumentStoredWithOneNameIsNamedByItInBothLanguages() {
        Terms terms = StoredTerms.of(document("""
                {"type":"OLA","code":"OLD","name":"服务台 Service desk","team":"DESK"}"""));

        assertThat(terms.name()).isEqualTo(new LocalizedText("服务台 Service desk", "服务台 Service desk"));
        assertThat(terms.document().name()).as("stored as both names").isNull();
        assertThat(terms.document().nameEn()).isEqualTo("服务台 Service desk");
        assertThat(StoredTerms.of(terms.document())).isEqualTo(terms);
    }
}
