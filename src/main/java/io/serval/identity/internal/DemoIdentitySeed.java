package io.serval.identity.internal;

import io.serval.core.LocalizedText;
import io.serval.core.SeedData;
import io.serval.core.ServalProperties;
import io.serval.identity.OrganisationKind;
import io.serval.identity.Role;
import java.util.EnumSet;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo organisations and one user per role, all with password "demo"; only in demo mode. */
@Component
class DemoIdentitySeed implements SeedData {

    static final String DEMO_PASSWORD = "demo";

    private record DemoOrganisation(String code, String nameZh, String nameEn, OrganisationKind kind) {
    }

    private record DemoUser(String username, String displayName, String organisation, List<Role> roles) {
    }

    private static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("DESK", "服务台", "Service Desk Team", OrganisationKind.INTERNAL),
            new DemoOrganisation("NETWORK", "网络组", "Network Team", OrganisationKind.INTERNAL),
            new DemoOrganisation("APP-SUPPORT", "应用支持组", "Application Support Team", OrganisationKind.INTERNAL),
            new DemoOrganisation("CUST-A", "客户甲", "Customer A", OrganisationKind.CUSTOMER),
            new DemoOrganisation("CUST-B", "客户乙", "Customer B", OrganisationKind.CUSTOMER),
            new DemoOrganisation("PROV-1", "现场服务商一", "Provider 1 field service", OrganisationKind.PROVIDER),
            new DemoOrganisation("PROV-2", "现场服务商二", "Provider 2 field service", OrganisationKind.PROVIDER));

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("agent", "王敏 Wang Min", "DESK", List.of(Role.AGENT)),
            new DemoUser("duty", "李强 Li Qiang", "DESK", List.of(Role.DUTY_MANAGER)),
            new DemoUser("engineer", "赵磊 Zhao Lei", "NETWORK", List.of(Role.ENGINEER)),
            new DemoUser("appsupport", "钱宇 Qian Yu", "APP-SUPPORT", List.of(Role.ENGINEER)),
            new DemoUser("dispatcher", "孙丽 Sun Li", "DESK", List.of(Role.DISPATCHER)),
            new DemoUser("slm", "陈静 Chen Jing", AdministratorSeed.HOME_ORGANISATION,
                    List.of(Role.SERVICE_LEVEL_MANAGER, Role.AGREEMENT_MAINTAINER)),
            new DemoUser("brm", "刘洋 Liu Yang", AdministratorSeed.HOME_ORGANISATION,
                    List.of(Role.BUSINESS_RELATIONSHIP_MANAGER, Role.COMPLAINT_HANDLER)),
            new DemoUser("survey", "周倩 Zhou Qian", AdministratorSeed.HOME_ORGANISATION, List.of(Role.SATISFACTION_MAINTAINER)),
            new DemoUser("quality", "吴刚 Wu Gang", AdministratorSeed.HOME_ORGANISATION, List.of(Role.QUALITY_MANAGER)),
            new DemoUser("finance", "郑红 Zheng Hong", AdministratorSeed.HOME_ORGANISATION, List.of(Role.ACCOUNTS_PAYABLE)),
            new DemoUser("mgmtrep", "黄伟 Huang Wei", AdministratorSeed.HOME_ORGANISATION, List.of(Role.MANAGEMENT_REPRESENTATIVE)),
            new DemoUser("customer1", "Alice (Customer A)", "CUST-A", List.of(Role.CUSTOMER)),
            new DemoUser("customer2", "Bob (Customer B)", "CUST-B", List.of(Role.CUSTOMER)),
            new DemoUser("provider1", "Provider 1 dispatcher", "PROV-1", List.of(Role.PROVIDER)),
            new DemoUser("provider2", "Provider 2 dispatcher", "PROV-2", List.of(Role.PROVIDER)));

    private final Organisations organisations;
    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final ServalProperties serval;

    DemoIdentitySeed(Organisations organisations, UserAccounts users, PasswordEncoder passwords, ServalProperties serval) {
        this.organisations = organisations;
        this.users = users;
        this.passwords = passwords;
        this.serval = serval;
    }

    @Override
    public int getOrder() {
        return 20;
    }

    @Override
    @Transactional
    public void seed() {
        if (!serval.demo()) {
            return;
        }
        for (DemoOrganisation o : ORGANISATIONS) {
            if (!organisations.existsByCode(o.code())) {
                organisations.save(new Organisation(o.code(), new LocalizedText(o.nameZh(), o.nameEn()), o.kind()));
            }
        }
        String hash = null;
        for (DemoUser u : USERS) {
            if (users.existsByUsername(u.username())) {
                continue;
            }
            hash = hash == null ? passwords.encode(DEMO_PASSWORD) : hash;
            UserAccount account = new UserAccount(u.username(), hash);
            account.describe(u.displayName(), u.username() + "@demo.serval.local",
                    organisations.findByCode(u.organisation()).orElseThrow(), EnumSet.copyOf(u.roles()), null, true);
            users.save(account);
        }
    }

    /** The demo logins, printed at start-up. */
    static List<String> usernames() {
        return USERS.stream().map(DemoUser::username).toList();
    }
}
