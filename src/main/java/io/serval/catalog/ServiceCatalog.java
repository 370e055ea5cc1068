package io.serval.catalog;

import org.springframework.stereotype.Service;

/** TEMPORARY stand-in until the catalog branch is merged. */
@Service
public class ServiceCatalog {

    public boolean exists(String code) {
        return true;
    }
}
