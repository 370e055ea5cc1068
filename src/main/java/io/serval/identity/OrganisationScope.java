package io.serval.identity;

/**
 * Which organisations' records a user may see: all (internal staff) or one (customers, providers). Queries
 * take it as a parameter ({@code :organisationId is null or x.organisationId = :organisationId}) so that the
 * restriction holds in the query layer, not only in the view.
 */
public record OrganisationScope(Long organisationId) {

    private static final OrganisationScope ALL = new OrganisationScope(null);

    public static OrganisationScope all() {
        return ALL;
    }

    public static OrganisationScope only(long organisationId) {
        return new OrganisationScope(organisationId);
    }

    public boolean restricted() {
        return organisationId != null;
    }

    public boolean allows(Long recordOrganisationId) {
        return organisationId == null || organisationId.equals(recordOrganisationId);
    }
}
