/**
 * Shared kernel: the base of every audited record, the errors every module raises, start-up seeding and
 * the product-wide settings. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Core")
package io.serval.core;
