-- Records people name carry a Chinese and an English name (either may be missing, not both): organisations,
-- calendars with their holidays and make-up working days, and agreements. A single name stored before names had two
-- languages names both; the names the demo data and the built-in calendars were seeded with are split into their
-- Chinese and English parts. Agreement versions keep their content: a document stored with one "name" is read as
-- named in both languages, only the demo agreements' documents are given their two names here.

alter table organisation add column name_zh varchar(200);
alter table organisation add column name_en varchar(200);
update organisation set name_zh = name, name_en = name;
update organisation set name_zh = 'Serval 服务中心', name_en = 'Serval Service Centre' where code = 'SERVAL' and name = 'Serval 服务中心 Service Centre';
update organisation set name_zh = '服务台', name_en = 'Service Desk Team' where code = 'DESK' and name = '服务台 Service Desk Team';
update organisation set name_zh = '网络组', name_en = 'Network Team' where code = 'NETWORK' and name = '网络组 Network Team';
update organisation set name_zh = '客户甲', name_en = 'Customer A' where code = 'CUST-A' and name = 'Customer A';
update organisation set name_zh = '客户乙', name_en = 'Customer B' where code = 'CUST-B' and name = 'Customer B';
update organisation set name_zh = '现场服务商一', name_en = 'Provider 1 field service' where code = 'PROV-1' and name = 'Provider 1 现场服务';
update organisation set name_zh = '现场服务商二', name_en = 'Provider 2 field service' where code = 'PROV-2' and name = 'Provider 2 现场服务';
alter table organisation drop column name;
alter table organisation add constraint ck_organisation_named check (name_zh is not null or name_en is not null);

alter table business_calendar add column name_zh varchar(200);
alter table business_calendar add column name_en varchar(200);
update business_calendar set name_zh = name, name_en = name;
update business_calendar set name_zh = '7×24 全天候', name_en = 'Around the clock' where code = '24x7' and name = '7×24 全天候 Around the clock';
update business_calendar set name_zh = '中国标准工作日', name_en = 'China standard working days' where code = 'cn-standard' and name = '中国标准工作日 China standard working days';
alter table business_calendar drop column name;
alter table business_calendar add constraint ck_business_calendar_named check (name_zh is not null or name_en is not null);

alter table calendar_holiday add column name_zh varchar(200);
alter table calendar_holiday add column name_en varchar(200);
update calendar_holiday set
    name_zh = case name
        when '中秋节 Mid-Autumn Festival' then '中秋节'
        when '元旦 New Year''s Day' then '元旦'
        when '劳动节 Labour Day' then '劳动节'
        when '国庆节 National Day' then '国庆节'
        when '国庆节、中秋节 National Day and Mid-Autumn Festival' then '国庆节、中秋节'
        when '春节 Spring Festival' then '春节'
        when '清明节 Qingming Festival' then '清明节'
        when '端午节 Dragon Boat Festival' then '端午节'
        else name end,
    name_en = case name
        when '中秋节 Mid-Autumn Festival' then 'Mid-Autumn Festival'
        when '元旦 New Year''s Day' then 'New Year''s Day'
        when '劳动节 Labour Day' then 'Labour Day'
        when '国庆节 National Day' then 'National Day'
        when '国庆节、中秋节 National Day and Mid-Autumn Festival' then 'National Day and Mid-Autumn Festival'
        when '春节 Spring Festival' then 'Spring Festival'
        when '清明节 Qingming Festival' then 'Qingming Festival'
        when '端午节 Dragon Boat Festival' then 'Dragon Boat Festival'
        else name end;
alter table calendar_holiday drop column name;

alter table calendar_workday add column name_zh varchar(200);
alter table calendar_workday add column name_en varchar(200);
update calendar_workday set
    name_zh = case name
        when '中秋节调休上班 Mid-Autumn Festival make-up workday' then '中秋节调休上班'
        when '元旦调休上班 New Year''s Day make-up workday' then '元旦调休上班'
        when '劳动节调休上班 Labour Day make-up workday' then '劳动节调休上班'
        when '国庆节、中秋节调休上班 National Day and Mid-Autumn Festival make-up workday' then '国庆节、中秋节调休上班'
        when '国庆节调休上班 National Day make-up workday' then '国庆节调休上班'
        when '春节调休上班 Spring Festival make-up workday' then '春节调休上班'
        when '清明节调休上班 Qingming Festival make-up workday' then '清明节调休上班'
        else name end,
    name_en = case name
        when '中秋节调休上班 Mid-Autumn Festival make-up workday' then 'Mid-Autumn Festival make-up workday'
        when '元旦调休上班 New Year''s Day make-up workday' then 'New Year''s Day make-up workday'
        when '劳动节调休上班 Labour Day make-up workday' then 'Labour Day make-up workday'
        when '国庆节、中秋节调休上班 National Day and Mid-Autumn Festival make-up workday' then 'National Day and Mid-Autumn Festival make-up workday'
        when '国庆节调休上班 National Day make-up workday' then 'National Day make-up workday'
        when '春节调休上班 Spring Festival make-up workday' then 'Spring Festival make-up workday'
        when '清明节调休上班 Qingming Festival make-up workday' then 'Qingming Festival make-up workday'
        else name end;
alter table calendar_workday drop column name;

alter table agreement add column name_zh varchar(200);
alter table agreement add column name_en varchar(200);
update agreement set name_zh = name, name_en = name;
update agreement set name_zh = '集团服务级别协议', name_en = 'Corporate SLA' where name = '集团服务级别协议 Corporate SLA';
update agreement_version set content = replace(content, '"name":"集团服务级别协议 Corporate SLA"', '"nameZh":"集团服务级别协议","nameEn":"Corporate SLA"');
update agreement set name_zh = '客户甲 IT 服务协议', name_en = 'Customer A IT service agreement' where name = 'Customer A IT 服务协议';
update agreement_version set content = replace(content, '"name":"Customer A IT 服务协议"', '"nameZh":"客户甲 IT 服务协议","nameEn":"Customer A IT service agreement"');
update agreement set name_zh = '客户乙现场服务协议', name_en = 'Customer B on-site service agreement' where name = 'Customer B 现场服务协议';
update agreement_version set content = replace(content, '"name":"Customer B 现场服务协议"', '"nameZh":"客户乙现场服务协议","nameEn":"Customer B on-site service agreement"');
update agreement set name_zh = '客户甲企业邮箱服务级别协议', name_en = 'Customer A corporate e-mail SLA' where name = 'Customer A 企业邮箱服务级协议';
update agreement_version set content = replace(content, '"name":"Customer A 企业邮箱服务级协议"', '"nameZh":"客户甲企业邮箱服务级别协议","nameEn":"Customer A corporate e-mail SLA"');
update agreement set name_zh = '服务台运营级别协议', name_en = 'Service desk OLA' where name = '服务台运营级别协议 Service desk OLA';
update agreement_version set content = replace(content, '"name":"服务台运营级别协议 Service desk OLA"', '"nameZh":"服务台运营级别协议","nameEn":"Service desk OLA"');
update agreement set name_zh = '网络组运营级别协议', name_en = 'Network team OLA' where name = '网络组运营级别协议 Network team OLA';
update agreement_version set content = replace(content, '"name":"网络组运营级别协议 Network team OLA"', '"nameZh":"网络组运营级别协议","nameEn":"Network team OLA"');
update agreement set name_zh = '现场服务商一支持合同', name_en = 'Provider 1 field service support contract' where name = 'Provider 1 现场服务支持合同';
update agreement_version set content = replace(content, '"name":"Provider 1 现场服务支持合同"', '"nameZh":"现场服务商一支持合同","nameEn":"Provider 1 field service support contract"');
update agreement set name_zh = '现场服务商二支持合同', name_en = 'Provider 2 field service support contract' where name = 'Provider 2 现场服务支持合同';
update agreement_version set content = replace(content, '"name":"Provider 2 现场服务支持合同"', '"nameZh":"现场服务商二支持合同","nameEn":"Provider 2 field service support contract"');
alter table agreement drop column name;
alter table agreement add constraint ck_agreement_named check (name_zh is not null or name_en is not null);
