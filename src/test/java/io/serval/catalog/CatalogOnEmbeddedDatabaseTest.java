package io.serval.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The catalog's migration, demo data, search, publication and diff work on H2 in PostgreSQL mode too. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:catalog;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "spring.flyway.schemas=public", "spring.flyway.default-schema=public"})
class CatalogOnEmbeddedDatabaseTest {

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    ServiceRequirements requirements;

    @Test
    @WithMockUser(roles = "SERVICE_LEVEL_MANAGER")
    void demoCatalogLoadsSearchesPublishesAndDiffsOnH2() {
        assertThat(catalog.list()).extracting(ServiceView::code)
                .containsExactly("DESKTOP", "EMAIL", "ERP", "METER-INSTALL", "NETWORK", "POWER-REPAIR");
        assertThat(catalog.search("抢修", ServiceStatus.ACTIVE)).extracting(ServiceView::code).containsExactly("POWER-REPAIR");
        assertThat(catalog.versions()).singleElement().extracting(CatalogVersionSummary::number).isEqualTo(1);
        assertThat(requirements.list(null, null)).hasSize(2);

        ServiceView erp = catalog.get("ERP");
        catalog.update("ERP", new ServiceCommand(null, erp.nameZh(), erp.nameEn(), erp.descriptionZh(), erp.descriptionEn(),
                "admin", erp.components(), erp.deliveryNotes(), erp.calendar(), erp.status(), erp.packages(), erp.version()));
        int number = catalog.publish("H2").number();

        assertThat(catalog.diff(number).changed()).singleElement().satisfies(c -> assertThat(c.fields())
                .containsExactly(new CatalogDiff.FieldChange("owner", "slm", "admin")));
        assertThat(catalog.version(number).services()).hasSize(6);
        assertThat(catalog.unpublishedChanges().empty()).isTrue();
        assertThat(List.of(catalog.diff(1).added().size())).containsExactly(6);
    }
}
