package io.serval.agreement.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code serval.agreements.*}: {@code four-eyes} (default on) lets only someone other than the author or submitter
 * of a version approve it.
 */
@ConfigurationProperties("serval.agreements")
record AgreementProperties(@DefaultValue("true") boolean fourEyes) {
}
