package io.serval.catalog.internal;

import io.serval.catalog.PackageView;
import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceCommand;
import io.serval.catalog.ServiceRequirementCommand;
import io.serval.catalog.ServiceRequirements;
import io.serval.core.SeedData;
import io.serval.core.ServalProperties;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo catalog (demo mode only): IT services of a service company and field services of a power-supply company,
 * each in premium/standard/basic packages, published as catalog version 1, and the requirement specifications
 * of Customer A for e-mail and Customer B for network access. Adds only what is missing.
 */
@Component
class CatalogSeed implements SeedData {

    private static final String SLM = "slm";
    private static final String ROUND_THE_CLOCK = "24x7";
    private static final String WORKING_DAYS = "cn-standard";

    private final ServiceCatalog catalog;
    private final ServiceRequirements requirements;
    private final ServalProperties serval;

    CatalogSeed(ServiceCatalog catalog, ServiceRequirements requirements, ServalProperties serval) {
        this.catalog = catalog;
        this.requirements = requirements;
        this.serval = serval;
    }

    @Override
    public int getOrder() {
        return 30;
    }

    @Override
    @Transactional
    public void seed() {
        if (!serval.demo()) {
            return;
        }
        for (ServiceCommand service : services()) {
            if (!catalog.exists(service.code())) {
                catalog.create(service);
            }
        }
        if (catalog.versions().isEmpty()) {
            catalog.publish("首次发布服务目录 / First published service catalog");
        }
        for (ServiceRequirementCommand requirement : requirements()) {
            if (requirements.list(requirement.organisation(), requirement.service()).isEmpty()) {
                requirements.create(requirement);
            }
        }
    }

    private static List<PackageView> itPackages(String premiumZh, String premiumEn) {
        return List.of(
                new PackageView("PREMIUM", "金牌服务", "Premium", ROUND_THE_CLOCK,
                        "服务中心每天值守不少于 12 小时，24 小时热线，" + premiumZh
                                + " / Service centre staffed at least 12 h a day, 24 h hotline, " + premiumEn),
                new PackageView("STANDARD", "标准服务", "Standard", WORKING_DAYS,
                        "服务中心每天值守不少于 10 小时，24 小时热线 / Service centre staffed at least 10 h a day, 24 h hotline"),
                new PackageView("BASIC", "基础服务", "Basic", WORKING_DAYS,
                        "服务中心每天值守不少于 8 小时，24 小时热线 / Service centre staffed at least 8 h a day, 24 h hotline"));
    }

    private static List<PackageView> fieldPackages(String premium, String standard, String basic) {
        return List.of(
                new PackageView("PREMIUM", "金牌服务", "Premium", ROUND_THE_CLOCK, premium),
                new PackageView("STANDARD", "标准服务", "Standard", ROUND_THE_CLOCK, standard),
                new PackageView("BASIC", "基础服务", "Basic", WORKING_DAYS, basic));
    }

    static List<ServiceCommand> services() {
        return List.of(
                new ServiceCommand("EMAIL", "企业邮箱", "Corporate e-mail",
                        "在办公室、家里或出差途中，用电脑和手机收发公司邮件，共享日历和通讯录。",
                        "Send and receive company e-mail, share calendars and contacts — at the office, at home or on the "
                                + "road, on your computer and your phone.",
                        SLM, List.of("邮件服务器集群 Mail server cluster", "反垃圾邮件网关 Anti-spam gateway",
                                "统一身份目录 Directory (AD)", "互联网出口 Internet link"),
                        "公司数据中心托管；新邮箱由服务台按申请开通；手机通过 ActiveSync 接入。 / Hosted in the company data "
                                + "centre; the service desk opens mailboxes on request; phones connect with ActiveSync.",
                        ROUND_THE_CLOCK, "ACTIVE", itPackages("7×24 远程支持", "remote support around the clock"), null)
                        .markedCritical(),
                new ServiceCommand("DESKTOP", "桌面运维", "Desktop support",
                        "您的电脑、打印机和办公软件出了问题，我们远程或上门帮您解决，并为新员工准备好电脑。",
                        "When your computer, printer or office software lets you down we fix it, remotely or at your "
                                + "desk, and we have a computer ready for every new colleague.",
                        SLM, List.of("服务台 Service desk", "远程协助工具 Remote support tool", "IT 资产台账 IT asset register",
                                "备品备件库 Spare-parts store"),
                        "服务台受理，一线远程处理，无法远程解决时工程师上门。 / The service desk takes the call and fixes it "
                                + "remotely; an engineer comes to your desk when that is not enough.",
                        WORKING_DAYS, "ACTIVE", itPackages("工作日上门 4 小时内到达", "on-site within 4 working hours"), null),
                new ServiceCommand("NETWORK", "网络接入", "Network access",
                        "在公司各办公地点通过网线或无线上网、访问内部系统，出差时通过 VPN 安全接入。",
                        "Get online and reach the company's systems from every office, wired or wireless, and securely "
                                + "over VPN when you travel.",
                        SLM, List.of("核心交换机 Core switches", "无线控制器 Wi-Fi controllers", "防火墙 Firewalls",
                                "运营商专线 Carrier lines (UC)", "VPN 网关 VPN gateway"),
                        "网络组 7×24 监控，运营商线路故障按支持合同报修。 / The network team monitors around the clock; "
                                + "carrier line faults are reported under the underpinning contract.",
                        ROUND_THE_CLOCK, "ACTIVE", itPackages("7×24 网络监控", "network monitoring around the clock"), null),
                new ServiceCommand("ERP", "ERP 应用", "ERP application",
                        "在 ERP 系统中完成采购、库存、财务记账和报表，月末结账期间优先保障。",
                        "Do your purchasing, stock, bookkeeping and reporting in the ERP system, with priority support "
                                + "during month-end closing.",
                        SLM, List.of("ERP 应用服务器 ERP application servers", "Oracle 数据库 Oracle database",
                                "备份系统 Backup system", "财务接口 Interfaces to finance"),
                        "应用支持岗负责二线支持，版本变更走变更管理。 / Application support is the second line; upgrades "
                                + "follow change management.",
                        WORKING_DAYS, "ACTIVE", itPackages("月末结账期间 7×24 值守", "staffed around the clock at month-end"),
                        null),
                new ServiceCommand("POWER-REPAIR", "配电抢修", "Power distribution repair",
                        "停电或配电设备故障时，抢修队伍尽快赶到现场恢复供电，并随时告诉您进展。",
                        "When the power goes off or distribution equipment fails, a repair crew comes out and restores "
                                + "your supply as fast as possible, and keeps you told how it is going.",
                        SLM, List.of("95598 服务热线 95598 hotline", "抢修调度系统 Repair dispatch system",
                                "现场抢修队伍（服务商） Field repair crews (providers)", "抢修车辆与备品 Vehicles and spares"),
                        "现场服务：调度员派发工作单给现场服务提供方，按服务商日历考核到达和修复时间。 / Field service: the "
                                + "dispatcher sends work orders to the field provider; arrival and restoration are "
                                + "measured on the provider's calendar.",
                        ROUND_THE_CLOCK, "ACTIVE", fieldPackages(
                                "城区 45 分钟内到达现场，4 小时内恢复供电 / Urban: crew on site within 45 min, supply back within 4 h",
                                "城区 90 分钟内到达现场，6 小时内恢复供电 / Urban: on site within 90 min, supply back within 6 h",
                                "工作时间内 2 小时到达，非工作时间次日处理 / On site within 2 working hours; next day out of hours"),
                        null),
                new ServiceCommand("METER-INSTALL", "电表安装", "Meter installation",
                        "新装、增容或更换电表时，我们预约上门时间，按约定装表接电。",
                        "When you need a new meter, more capacity or a meter replaced, we agree a visit with you and "
                                + "install and connect it on the agreed day.",
                        SLM, List.of("营销业务系统 Customer service system", "计量表库 Meter store",
                                "装表接电服务商 Installation contractors"),
                        "现场服务：工作需求单生成工作单，由装表服务商按约定时间完成。 / Field service: a work request "
                                + "becomes work orders that the installation contractor completes at the agreed time.",
                        WORKING_DAYS, "ACTIVE", fieldPackages(
                                "受理后 1 个工作日内上门，可预约周末 / Visit within 1 working day, weekend appointments",
                                "受理后 3 个工作日内上门 / Visit within 3 working days",
                                "受理后 5 个工作日内上门 / Visit within 5 working days"),
                        null));
    }

    static List<ServiceRequirementCommand> requirements() {
        return List.of(
                new ServiceRequirementCommand("CUST-A", "EMAIL",
                        "员工在任何地点都能收发邮件；高管邮箱问题优先处理；不丢失任何邮件。 / Staff send and receive mail "
                                + "from anywhere; executives' mailboxes are handled first; no mail is ever lost.",
                        "7×24，每月第一个周日 02:00–04:00 计划维护除外 / Around the clock, except planned maintenance on "
                                + "the first Sunday of each month 02:00–04:00",
                        ROUND_THE_CLOCK,
                        "数据中心故障时 4 小时内切换到灾备站点，恢复点不超过 15 分钟。 / If the data centre fails, switch "
                                + "to the disaster-recovery site within 4 h, losing at most 15 min of mail.",
                        "收发邮件、共享日历、通讯录、手机同步 / Mail, shared calendars, address book, mobile sync",
                        "2024 年可用率 99.7%，每月约 1 次故障，平均 2 小时恢复。 / 2024: availability 99.7 %, about one "
                                + "failure a month, restored in 2 h on average.",
                        new BigDecimal("99.9"), 2, "P1M", "P15D", "PT4H", "PT15M", "PT8H", "SLA-CUST-A", null),
                new ServiceRequirementCommand("CUST-B", "NETWORK",
                        "营业厅和调度中心网络不中断；新办公点两周内开通。 / Service halls and the dispatch centre are never "
                                + "cut off; a new office is connected within two weeks.",
                        "7×24 / Around the clock", ROUND_THE_CLOCK,
                        "核心链路双运营商冗余；单条线路故障不影响业务。 / Core links run over two carriers; one line "
                                + "failing does not interrupt business.",
                        "有线和无线上网、VPN 远程接入、访问内部系统 / Wired and wireless access, VPN, access to internal "
                                + "systems",
                        "2024 年可用率 99.5%，全年 9 次故障。 / 2024: availability 99.5 %, 9 failures in the year.",
                        new BigDecimal("99.95"), 4, "P1Y", "P90D", "PT2H", "PT10M", "P10D", "SLA-CUST-B", null));
    }
}
