/**
 * Agreements (SPEC §3): SLAs with customers (corporate → customer → service level), OLAs with internal teams
 * and underpinning contracts (UC) with suppliers; their service targets, penalty clauses and warning rules;
 * the underpinning chain that keeps OLAs and UCs no weaker than the SLA targets they support; and change
 * control (draft → in review → approved → published → superseded/terminated) with versions and diffs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreement")
package io.serval.agreement;
