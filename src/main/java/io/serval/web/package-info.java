/**
 * Shared UI and API pieces: the page layout, language switching, error pages, RFC 9457 problem+json
 * answers, and helpers that show domain validation problems on forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package io.serval.web;
