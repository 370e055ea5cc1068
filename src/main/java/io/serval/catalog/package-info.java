/**
 * The service catalog (SPEC §2): services described in the users' language with their components, delivery,
 * service hours and service-level packages; published, versioned catalog snapshots with their differences;
 * and service requirement specifications per customer organisation and service.
 * {@link io.serval.catalog.ServiceCatalog} and {@link io.serval.catalog.ServiceRequirements} are its API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service catalog")
package io.serval.catalog;
