package io.serval.agreement.internal;

import static io.serval.agreement.internal.TestDocuments.FULL_SLA;
import static io.serval.agreement.internal.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import io.serval.agreement.AgreementDocument;
import io.serval.agreement.internal.AgreementForm.EscalationRow;
import io.serval.agreement.internal.AgreementForm.PenaltyRow;
import io.serval.agreement.internal.AgreementForm.TargetRow;
import io.serval.core.FieldProblem;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agreement form keeps every field of the document it shows, and reads what was typed with the domain's parser. */
class AgreementFormTest {

    @Test
    void theTestDocumentFillsEveryFieldOfAnAgreement() throws Exception {
        AgreementDocument full = document(FULL_SLA);
        for (RecordComponent field : AgreementDocument.class.getRecordComponents()) {
            Object value = field.getAccessor().invoke(full);
            // name is the name shown in the reader's language, never stored
            if (!List.of("name", "team", "provider", "version").contains(field.getName())) {
                assertThat(value).as(field.getName() + " is filled in, so the round trip below covers it").isNotNull();
                if (value instanceof Collection<?> list) {
                    assertThat(list).as(field.getName()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void editingAndSavingUnchangedGivesBackTheSameDocument() {
        AgreementDocument stored = document(FULL_SLA);

        AgreementForm.Read read = AgreementForm.of(stored, 7).read();

        assertThat(read.problems()).isEmpty();
        assertThat(read.document()).isEqualTo(stored.withVersion(7L));
    }

    @Test
    void changingOneTargetChangesOnlyThatTarget() {
        AgreementDocument stored = document(FULL_SLA);
        AgreementForm shown = AgreementForm.of(stored, 7);
        TargetRow first = shown.targets().get(0);
        AgreementForm edited = withTargets(shown, List.of(new TargetRow(first.code(), first.metric(), first.priority(),
                first.category(), "3h", first.calendar(), first.warnings(), first.underpins(), first.pauseWhen()), shown.targets().get(1),
                shown.targets().get(2)));

        AgreementDocument saved = edited.read().document();

        assertThat(saved.targets().get(0).duration()).isEqualTo("3h");
        assertThat(saved.withTargets(stored.targets())).isEqualTo(stored.withVersion(7L));
    }

    @Test
    void aTargetValueIsReadByItsMetric() {
        AgreementForm form = withTargets(AgreementForm.blank("SLA"), List.of(
                new TargetRow("R", "RESOLUTION", "P1", null, "4h 30m", null, "50, 75, 90", null, null),
                new TargetRow("A", "AVAILABILITY", null, null, "99.5 %", null, "", null, null),
                new TargetRow("F", "FAILURE_COUNT", null, null, "2/P3M", null, "", null, null)));

        List<AgreementDocument.TargetSpec> specs = form.read().document().targets();

        assertThat(specs.get(0).duration()).isEqualTo("4h 30m");
        assertThat(specs.get(0).warnings()).containsExactly(50, 75, 90);
        assertThat(specs.get(1).percent()).isEqualByComparingTo("99.5");
        assertThat(specs.get(2).count()).isEqualTo(2);
        assertThat(specs.get(2).period()).isEqualTo("P3M");
    }

    @Test
    void textWhereANumberBelongsIsNamedByItsField() {
        AgreementForm form = withRows(AgreementForm.blank("SLA"),
                List.of(new TargetRow("A", "AVAILABILITY", null, null, "high", null, "50, x", null, null)),
                List.of(new PenaltyRow("P", "TARGET_BREACH", null, "five hundred", null, null, null, null)),
                List.of(new EscalationRow("soon", null, List.of("ASSIGNEE"), null)));

        AgreementForm.Read read = form.read();

        assertThat(read.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("targets[0].percent", "agreement.form.number"),
                org.assertj.core.groups.Tuple.tuple("targets[0].warnings", "agreement.form.number"),
                org.assertj.core.groups.Tuple.tuple("penalties[0].fixedAmount", "agreement.form.number"),
                org.assertj.core.groups.Tuple.tuple("escalations[0].atPercent", "agreement.form.number"));
    }

    @Test
    void rowsLeftEmptyAreNoRows() {
        AgreementForm form = withRows(AgreementForm.blank("OLA"),
                List.of(TargetRow.BLANK, new TargetRow("R", "RESOLUTION", null, null, "4h", null, "", "SLA-A/RES-P1, SLA-B/R", null)),
                List.of(PenaltyRow.BLANK), List.of(EscalationRow.BLANK));

        AgreementDocument read = form.read().document();

        assertThat(read.targets()).singleElement().satisfies(t -> assertThat(t.underpins())
                .extracting(u -> u.agreement() + "/" + u.target()).containsExactly("SLA-A/RES-P1", "SLA-B/R"));
        assertThat(read.penalties()).isEmpty();
        assertThat(read.escalations()).isEmpty();
        assertThat(read.priorityMatrix()).hasSize(9);
    }

    private static AgreementForm withTargets(AgreementForm f, List<TargetRow> targets) {
        return withRows(f, targets, f.penalties(), f.escalations());
    }

    private static AgreementForm withRows(AgreementForm f, List<TargetRow> targets, List<PenaltyRow> penalties,
            List<EscalationRow> escalations) {
        return new AgreementForm(f.type(), f.code(), f.nameZh(), f.nameEn(), f.level(), f.parent(), f.party(), f.services(), f.validFrom(),
                f.validTo(), f.calendar(), f.monthlyFee(), f.currency(), f.matrix(), targets, penalties,
                f.warningRules(), escalations, f.plannedOutages(), f.signatories(), f.customerResponsibilities(),
                f.complaintProcedure(), f.workloadLimits(), f.financialTerms(), f.exceptions(), f.version());
    }
}
