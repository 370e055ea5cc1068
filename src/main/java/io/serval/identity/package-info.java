/**
 * Organisations (customer, provider, internal team), users and their roles, login, the user's language,
 * and the organisation scope every query of a customer's or provider's records must apply.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.serval.identity;
