package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.submit;
import static io.serval.e2e.Browser.switchLanguage;
import static io.serval.support.JsonDiff.assertOnlyChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The administration forms save what is typed, and an edit changes only the field edited: users, organisations,
 * the language a user chooses, and logging out.
 */
@ServalTest
class AdministrationFormsE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void theNewUserFormSavesEveryFieldAndTheNewUserLogsInWithThePasswordGiven() {
        Page page = browser.page();
        login(page, "admin");
        page.navigate("/admin/users/new");
        page.locator("#username").fill("e2e-desk");
        page.locator("#displayName").fill("测试员 E2E Tester");
        page.locator("#email").fill("e2e.tester@serval.example");
        page.locator("#organisation").selectOption("DESK");
        page.locator("#language").selectOption("zh-CN");
        page.locator("#password").fill("e2e-secret-42");
        page.locator("input[name=roles][value=AGENT]").check();
        page.locator("input[name=roles][value=DUTY_MANAGER]").check();
        page.locator("input[name=enabled]").uncheck();
        submit(page, "main button[type=submit]");

        assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
        assertThat(page.locator(".alert-success")).isVisible();
        JsonNode user = Api.as(port, "admin").get("/api/users/e2e-desk").json();
        assertThat(user.get("displayName").asString()).isEqualTo("测试员 E2E Tester");
        assertThat(user.get("email").asString()).isEqualTo("e2e.tester@serval.example");
        assertThat(user.get("organisation").asString()).isEqualTo("DESK");
        assertThat(user.get("language").asString()).isEqualTo("zh-CN");
        assertThat(user.get("roles").toString()).isEqualTo("[\"AGENT\",\"DUTY_MANAGER\"]");
        assertThat(user.get("enabled").asBoolean()).isFalse();
        assertThat(Api.as(port, "e2e-desk", "e2e-secret-42").get("/api/me").status()).isEqualTo(401);

        // enabled again through the edit form (password left empty): the password given at first still works
        page.navigate("/admin/users/e2e-desk/edit");
        page.locator("input[name=enabled]").check();
        submit(page, "main button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
        assertThat(Api.as(port, "e2e-desk", "e2e-secret-42").get("/api/me").status()).isEqualTo(200);
        assertThat(Api.as(port, "e2e-desk", "wrong-password").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void editingAUsersNameInTheFormChangesNothingElse() {
        Api admin = Api.as(port, "admin");
        assertThat(admin.post("/api/users", """
                {"username":"e2e-full","displayName":"全字段 Full","email":"full@serval.example","organisation":"NETWORK",
                 "roles":["ENGINEER","DUTY_MANAGER"],"language":"zh-CN","enabled":false,"password":"e2e-secret-42"}
                """).status()).isEqualTo(201);
        JsonNode before = admin.get("/api/users/e2e-full").json();

        Page page = browser.page();
        login(page, "admin");
        page.navigate("/admin/users/e2e-full/edit");
        page.locator("#displayName").fill("全字段 Full (renamed)");
        submit(page, "main button[type=submit]");

        assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
        JsonNode after = admin.get("/api/users/e2e-full").json();
        assertOnlyChanged(before, after, "displayName");
        assertThat(after.get("displayName").asString()).isEqualTo("全字段 Full (renamed)");
    }

    @Test
    void theNewOrganisationFormSavesEveryField() {
        Page page = browser.page();
        login(page, "admin");
        page.navigate("/admin/organisations/new");
        page.locator("#code").fill("PROV-E2E");
        page.locator("#nameZh").fill("E2E 维修服务商");
        page.locator("#nameEn").fill("E2E repairs");
        page.locator("#kind").selectOption("PROVIDER");
        submit(page, "main button[type=submit]");

        assertThat(page).hasURL(Pattern.compile(".*/organisations/PROV-E2E$"));
        JsonNode organisation = Api.as(port, "admin").get("/api/organisations/PROV-E2E").json();
        assertThat(organisation.get("nameZh").asString()).isEqualTo("E2E 维修服务商");
        assertThat(organisation.get("nameEn").asString()).isEqualTo("E2E repairs");
        assertThat(organisation.get("kind").asString()).isEqualTo("PROVIDER");

        // named in the reader's language on its page and in the list; the edit form shows both names
        assertThat(page.locator("h1")).containsText("E2E repairs");
        switchLanguage(page, "zh");
        assertThat(page.locator("h1")).containsText("E2E 维修服务商");
        page.navigate("/organisations?q=PROV-E2E");
        assertThat(page.locator("#organisations")).containsText("E2E 维修服务商");
        page.navigate("/admin/organisations/PROV-E2E/edit");
        assertThat(page.locator("#nameZh")).hasValue("E2E 维修服务商");
        assertThat(page.locator("#nameEn")).hasValue("E2E repairs");
        screenshot(page, "organisation-form-names-zh");
        switchLanguage(page, "en");
        page.navigate("/organisations?q=PROV-E2E");
        assertThat(page.locator("#organisations")).containsText("E2E repairs");
    }

    @Test
    void editingAnOrganisationsNameInTheFormChangesNothingElse() {
        Api admin = Api.as(port, "admin");
        JsonNode before = admin.get("/api/organisations/CUST-B").json();

        Page page = browser.page();
        login(page, "admin");
        page.navigate("/admin/organisations/CUST-B/edit");
        assertThat(page.locator("#nameZh")).hasValue("客户乙");
        page.locator("#nameEn").fill("Customer B (renamed)");
        submit(page, "main button[type=submit]");

        assertThat(page).hasURL(Pattern.compile(".*/organisations/CUST-B$"));
        JsonNode after = admin.get("/api/organisations/CUST-B").json();
        assertOnlyChanged(before, after, "name", "nameEn");     // the API's name is the English one here
        assertThat(after.get("nameEn").asString()).isEqualTo("Customer B (renamed)");
        assertThat(after.get("nameZh").asString()).isEqualTo("客户乙");
    }

    @Test
    void theLanguageChosenInTheMenuIsKeptForTheUsersNextSession() {
        Page page = browser.page();
        login(page, "survey");
        switchLanguage(page, "zh");
        assertThat(Api.as(port, "admin").get("/api/users/survey").json().get("language").asString()).isEqualTo("zh-CN");

        Page nextSession = browser.newPageAs("survey");      // an English browser, yet the page is in Chinese
        assertThat(nextSession.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(nextSession.locator("#nav-home")).hasText("首页");

        switchLanguage(nextSession, "en");
        assertThat(Api.as(port, "admin").get("/api/users/survey").json().get("language").asString()).isEqualTo("en");
        assertThat(browser.newPageAs("survey").locator("#nav-home")).hasText("Home");
    }

    @Test
    void theLogOutFormEndsTheSession() {
        Page page = browser.page();
        login(page, "agent");
        page.locator("#user-menu").click();
        submit(page, "#logout");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        page.navigate("/calendars");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }
}
