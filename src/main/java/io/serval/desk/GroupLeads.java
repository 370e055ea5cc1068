package io.serval.desk;

import io.serval.desk.internal.SupportTiers;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead of a support group, whoever asks: for Serval's own work that runs as no user (the clock engine's threshold
 * pass escalating to the group lead), as {@link io.serval.identity.IdentityService#holdersOf} is for roles. People
 * list the groups through {@link SupportGroups}.
 */
@Service
@Transactional(readOnly = true)
public class GroupLeads {

    private final SupportTiers tiers;

    GroupLeads(SupportTiers tiers) {
        this.tiers = tiers;
    }

    /** The user name of the lead of {@code group}; empty for no group, an unknown one or one without a lead. */
    public Optional<String> of(String group) {
        return tiers.leadOf(group);
    }
}
