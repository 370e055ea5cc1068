package io.serval.desk.internal;

import io.serval.core.SeedData;
import io.serval.core.ServalProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo support groups (demo mode only): the service desk (tier 1), network operations (2), application support (3). */
@Component
class SupportGroupSeed implements SeedData {

    private final SupportTiers tiers;
    private final ServalProperties serval;

    SupportGroupSeed(SupportTiers tiers, ServalProperties serval) {
        this.tiers = tiers;
        this.serval = serval;
    }

    /** After the demo organisations and users (identity's seed). */
    @Override
    public int getOrder() {
        return 25;
    }

    @Override
    @Transactional
    public void seed() {
        if (!serval.demo()) {
            return;
        }
        tiers.ensure("DESK", 1, "duty");
        tiers.ensure("NETWORK", 2, "engineer");
        tiers.ensure("APP-SUPPORT", 3, "appsupport");
    }
}
