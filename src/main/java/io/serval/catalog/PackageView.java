package io.serval.catalog;

import io.serval.core.LocalizedText;

/**
 * A service-level package (tier) a service is offered in, e.g. PREMIUM with a service centre staffed 12 h a day
 * and a 24 h hotline. {@code calendar} is the business calendar of the package's service hours.
 */
public record PackageView(String code, String nameZh, String nameEn, String calendar, String description) {

    /** The package's name in the current user's language (falls back to the other language). */
    public String name() {
        return new LocalizedText(nameZh, nameEn).inCurrentLanguage();
    }
}
