package io.serval.agreement.internal;

import io.serval.identity.OrganisationKind;
import java.util.Optional;

/** What validating an agreement needs to know about the rest of Serval. */
public interface Directory {

    boolean calendarExists(String code);

    Optional<OrganisationKind> organisationKind(String code);

    boolean serviceExists(String code);

    /** The current (latest) terms of another agreement. */
    Optional<Terms> agreement(String code);
}
