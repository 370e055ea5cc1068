package io.serval.desk;

import io.serval.core.RoleSets;
import io.serval.desk.internal.SupportTiers;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The support groups by tier: 1 service desk, 2 operations duty (运行值班岗), 3 application support (应用支持岗). */
@Service
@Transactional(readOnly = true)
@PreAuthorize(RoleSets.STAFF)
public class SupportGroups {

    private final SupportTiers tiers;

    SupportGroups(SupportTiers tiers) {
        this.tiers = tiers;
    }

    public List<SupportGroupView> list() {
        return tiers.list();
    }
}
