package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument;
import io.serval.identity.OrganisationKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Agreement documents written as the API receives them, and a small world for the validator to look things up in. */
final class TestDocuments {

    /** Reads decimals as the API does, exactly (1e400 stays a number, not infinity). */
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** A customer SLA with every field of the document filled in, as the validator stores it. */
    static final String FULL_SLA = """
            {"type":"SLA","code":"SLA-FULL","nameZh":"完整协议","nameEn":"Full SLA","level":"CUSTOMER","parent":"CORP","customer":"CUST-A",
             "services":["EMAIL","ERP"],"validFrom":"2026-01-01","validTo":"2027-12-31","calendar":"cn-standard",
             "priorityMatrix":[{"impact":"HIGH","urgency":"HIGH","priority":"P1"},{"impact":"LOW","urgency":"LOW","priority":"P5"}],
             "targets":[{"code":"RES-P1","metric":"RESOLUTION","priority":"P1","category":"network","duration":"PT4H",
                         "calendar":"24x7","warnings":[50,75,90],"pauseWhen":["PENDING_CUSTOMER","PENDING_SUPPLIER"]},
                        {"code":"AVAIL","metric":"AVAILABILITY","percent":99.5,"warnings":[60,80]},
                        {"code":"FAIL","metric":"FAILURE_COUNT","count":3,"period":"P3M","warnings":[50,75,90]}],
             "penalties":[{"code":"BREACH","trigger":"TARGET_BREACH","metric":"RESOLUTION","fixedAmount":500,
                           "perStartedHour":50.5,"percentOfFee":1.5,"capPercentOfFee":5,"description":"each late P1"}],
             "warningRules":[{"code":"W1","level":"WARNING","onTimeRateBelow":90,"complaintsAtLeast":3,"breachesAtLeast":2,
                              "period":"QUARTER"}],
             "escalations":[{"atPercent":75,"recipients":["ASSIGNEE","GROUP_LEAD"]},{"atPercent":100,"recipients":["DUTY_MANAGER"]},
                            {"atPercent":50,"metric":"RESOLUTION","recipients":["ASSIGNEE"],"quietHours":true},
                            {"atPercent":75,"metric":"RESPONSE","recipients":["GROUP_LEAD"]}],
             "monthlyFee":80000.50,"currency":"CNY",
             "plannedOutages":[{"from":"2026-12-12T22:00","to":"2026-12-13T02:00","description":"core switch"}],
             "customerResponsibilities":"Name two contacts.\\nKeep them current.","complaintProcedure":"Call the desk.",
             "workloadLimits":"At most 400 tickets a month","financialTerms":"Monthly in arrears","exceptions":"Force majeure",
             "signatories":[{"name":"Li Wei","role":"CIO","organisation":"CUST-A","signedOn":"2025-12-20"}]}""";

    private TestDocuments() {
    }

    static AgreementDocument document(String json) {
        return JSON.readValue(json, AgreementDocument.class);
    }

    /** A Serval with two calendars, a customer, a team and a provider, two services, and the given agreements. */
    static final class World implements Directory {

        final Map<String, Terms> agreements = new HashMap<>();

        World() {
            add("""
                    {"type":"SLA","code":"CORP","name":"Corporate","level":"CORPORATE","calendar":"cn-standard",
                     "targets":[{"code":"RES-P1","metric":"RESOLUTION","priority":"P1","duration":"PT8H"}]}""");
        }

        World add(String json) {
            Terms terms = StoredTerms.of(document(json));
            agreements.put(terms.code(), terms);
            return this;
        }

        @Override
        public boolean calendarExists(String code) {
            return Set.of("cn-standard", "24x7").contains(code);
        }

        @Override
        public Optional<OrganisationKind> organisationKind(String code) {
            return Optional.ofNullable(Map.of("CUST-A", OrganisationKind.CUSTOMER, "DESK", OrganisationKind.INTERNAL,
                    "PROV-1", OrganisationKind.PROVIDER).get(code));
        }

        @Override
        public boolean serviceExists(String code) {
            return Set.of("EMAIL", "ERP").contains(code);
        }

        @Override
        public Optional<Terms> agreement(String code) {
            return Optional.ofNullable(agreements.get(code));
        }
    }
}
