package io.serval.desk.internal;

import io.serval.desk.SupportGroupView;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationView;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Support groups with their tiers, named as their organisations are. */
@Component
public class SupportTiers {

    private final SupportGroupEntries groups;
    private final IdentityService identity;

    SupportTiers(SupportGroupEntries groups, IdentityService identity) {
        this.groups = groups;
        this.identity = identity;
    }

    public List<SupportGroupView> list() {
        return groups.findAllByOrderByTierAscCodeAsc().stream().map(g -> new SupportGroupView(g.getCode(),
                identity.findOrganisation(g.getCode()).map(OrganisationView::name).orElse(g.getCode()), g.getTier(),
                g.getLead())).toList();
    }

    /** The lead of group {@code code}, if it has one. */
    public Optional<String> leadOf(String code) {
        return code == null ? Optional.empty() : groups.findById(code).map(SupportGroupEntry::getLead);
    }

    public boolean isGroup(String code) {
        return code != null && groups.existsById(code);
    }

    /** Records the group's tier unless it has one (seeds only). */
    void ensure(String code, int tier, String lead) {
        if (!groups.existsById(code) && identity.findOrganisation(code).isPresent()) {
            groups.save(new SupportGroupEntry(code, tier, lead));
        }
    }
}
