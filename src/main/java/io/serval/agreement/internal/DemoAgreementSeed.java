package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument;
import io.serval.agreement.AgreementService;
import io.serval.core.SeedData;
import io.serval.core.ServalProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Demo agreements (only in demo mode): a corporate SLA, customer SLAs for Customer A and B, a service-level
 * SLA for Customer A's e-mail, OLAs with the three support-group teams (service desk, network, application support)
 * and UCs with both field providers, with the penalty clauses and warning rules provider performance will evaluate.
 * For the clock engine: every SLA resolution target is underpinned by an OLA of each team and by Provider 1's UC;
 * the SLAs escalate by response, resolution, work order and complaint rules (the first resolution warning in the
 * assignee's working hours); Customer B's P1 resolution also pauses while pending a supplier. Loaded through the
 * same service as a person's edits, so they pass every rule; an agreement already there is left as it is.
 */
@Component
class DemoAgreementSeed implements SeedData {

    static final String FILE = "demo/agreements.json";

    record DemoAgreement(boolean publish, AgreementDocument document) {
    }

    private final AgreementService agreements;
    private final Agreements stored;
    private final ServalProperties serval;
    private final ObjectMapper json;

    DemoAgreementSeed(AgreementService agreements, Agreements stored, ServalProperties serval, ObjectMapper json) {
        this.agreements = agreements;
        this.stored = stored;
        this.serval = serval;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return 40;
    }

    @Override
    @Transactional
    public void seed() {
        if (!serval.demo()) {
            return;
        }
        for (DemoAgreement demo : load()) {
            String code = demo.document().code();
            if (stored.existsByCode(code)) {
                continue;
            }
            agreements.create(demo.document());
            if (demo.publish()) {
                agreements.submit(code, "demo");
                agreements.approve(code);
                agreements.publish(code);
            }
        }
    }

    private List<DemoAgreement> load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return json.readValue(in, new TypeReference<List<DemoAgreement>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
