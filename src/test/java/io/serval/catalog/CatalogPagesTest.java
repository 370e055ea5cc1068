package io.serval.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ServalTest
class CatalogPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ServiceCatalog catalog;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void customerBrowsesTheCatalogInChineseAndInEnglish() throws Exception {
        mvc.perform(get("/catalog").with(as("customer1")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("服务目录"), containsString("企业邮箱"),
                        containsString("金牌服务"), containsString("id=\"nav-catalog\""))))
                .andExpect(content().string(not(containsString("id=\"new-service\""))));
        mvc.perform(get("/catalog").with(as("customer1")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Service catalog"), containsString("Corporate e-mail"),
                        containsString("Service hours"), containsString("Premium"))));
    }

    @Test
    void searchNarrowsTheCatalog() throws Exception {
        mvc.perform(get("/catalog").param("q", "meter").with(as("provider1")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"service-METER-INSTALL\""),
                        not(containsString("id=\"service-EMAIL\"")))));
        mvc.perform(get("/catalog").param("q", "no such thing").with(as("provider1")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("No service matches your search.")));
    }

    @Test
    void serviceDetailShowsPackagesAndComponents() throws Exception {
        mvc.perform(get("/catalog/services/POWER-REPAIR").with(as("customer2")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("配电抢修"), containsString("服务级别包"),
                        containsString("95598"), containsString("id=\"package-PREMIUM\""))));
        mvc.perform(get("/catalog/services/NOPE").with(as("customer2"))).andExpect(status().isNotFound());
    }

    @Test
    void formShowsProblemsNextToTheirFieldsAndSavesNothing() throws Exception {
        mvc.perform(post("/catalog/services/new").with(as("slm")).with(csrf()).header("Accept-Language", "en")
                        .param("code", "BROKEN").param("owner", "slm").param("calendar", "cn-standard")
                        .param("components[0]", "Printers")
                        .param("packages[0].code", "GOLD").param("packages[0].nameEn", "Gold")
                        .param("packages[0].calendar", "nowhere"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the name in Chinese, English or both."),
                        containsString("There is no calendar “nowhere”."), containsString("is-invalid"),
                        containsString("value=\"Printers\""))));
        mvc.perform(post("/catalog/services/new").with(as("slm")).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("code", "BROKEN").param("owner", "slm").param("calendar", "cn-standard"))
                .andExpect(content().string(containsString("请填写中文名称或英文名称（或两者）。")));
        assertThat(catalog.exists("BROKEN")).isFalse();
    }

    @Test
    void formCreatesAServiceWithComponentsAndPackages() throws Exception {
        mvc.perform(post("/catalog/services/new").with(as("slm")).with(csrf())
                        .param("code", "PRINT").param("nameZh", "打印服务").param("nameEn", "Printing")
                        .param("descriptionEn", "Print and scan at every office.").param("owner", "slm")
                        .param("calendar", "cn-standard").param("status", "ACTIVE")
                        .param("components[0]", "Printers").param("components[1]", "").param("components[2]", "Print server")
                        .param("packages[0].code", "STANDARD").param("packages[0].nameZh", "标准")
                        .param("packages[0].calendar", "").param("packages[0].description", "Toner within a day")
                        .param("packages[1].code", "").param("packages[1].nameEn", ""))
                .andExpect(redirectedUrl("/catalog/services/PRINT"));
        ServiceView print = catalog.get("PRINT");
        assertThat(print.components()).containsExactly("Printers", "Print server");
        assertThat(print.packages()).singleElement().extracting(PackageView::calendar).isEqualTo("cn-standard");

        mvc.perform(get("/catalog/services/PRINT/edit").with(as("slm"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Print server\"")));
    }

    @Test
    void onlyEditorsSeeTheFormsAndThePublishButton() throws Exception {
        mvc.perform(get("/catalog/services/new").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/services/EMAIL/edit").with(as("customer1"))).andExpect(status().isForbidden());
        mvc.perform(post("/catalog/versions").with(as("agent")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/versions").with(as("customer1")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Version 1"), not(containsString("id=\"publish-catalog\"")))));
        mvc.perform(get("/catalog/services/new").with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void publishingFromThePageShowsTheChangesOfTheNewVersion() throws Exception {
        ServiceView desktop = catalog.get("DESKTOP");
        mvc.perform(post("/catalog/services/DESKTOP/edit").with(as("slm")).with(csrf())
                        .param("version", String.valueOf(desktop.version()))
                        .param("nameZh", desktop.nameZh()).param("nameEn", "Desk-side support")
                        .param("owner", "slm").param("calendar", "cn-standard").param("status", "ACTIVE"))
                .andExpect(redirectedUrl("/catalog/services/DESKTOP"));
        mvc.perform(get("/catalog/versions").with(as("slm")).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("id=\"publish-catalog\""), containsString("Desk-side support"))));

        mvc.perform(post("/catalog/versions").with(as("slm")).with(csrf()).param("note", "Desktop renamed"))
                .andExpect(redirectedUrlPattern("/catalog/versions/*/diff"));
        int number = catalog.versions().get(0).number();
        mvc.perform(get("/catalog/versions/" + number + "/diff").with(as("customer1")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Changes in version " + number),
                        containsString("Desktop renamed"), containsString("Name (English)"), containsString("Desktop support"),
                        containsString("Desk-side support"), containsString("Package PREMIUM"))));
        mvc.perform(get("/catalog/versions/" + number).with(as("customer1")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("服务目录第 " + number + " 版")));
    }

    @Test
    void staleEditIsExplainedOnTheForm() throws Exception {
        ServiceView erp = catalog.get("ERP");
        mvc.perform(post("/catalog/services/ERP/edit").with(as("slm")).with(csrf()).header("Accept-Language", "en")
                        .param("version", String.valueOf(erp.version() - 1))
                        .param("nameEn", "ERP").param("owner", "slm").param("calendar", "cn-standard"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this record after you opened it.")));
    }
}
