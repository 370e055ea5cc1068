package io.serval.agreement.internal;

import io.serval.core.SeedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, before anyone logs in: projects the agreements that have no read-model rows yet (agreements saved
 * before the read model existed), so lookups never miss an agreement.
 */
@Component
class ReadModelCompletion implements SeedData {

    private static final Logger log = LoggerFactory.getLogger(ReadModelCompletion.class);

    private final AgreementReadModel readModel;

    ReadModelCompletion(AgreementReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public int getOrder() {
        return 39; // before the demo agreements, which project themselves
    }

    @Override
    @Transactional
    public void seed() {
        if (readModel.incomplete()) {
            log.info("Agreement read model rebuilt from the documents: {} agreements", readModel.rebuild());
        }
    }
}
