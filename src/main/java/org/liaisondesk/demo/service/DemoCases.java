package org.liaisondesk.demo.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterRules;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;

/**
 * The demo's cases (案件台账): about thirty cases of all four procuratorial functions and every status, built
 * from the stories of the demo visits and the press reports — support for a domestic-violence victim's divorce
 * suit, three timber yards on farmland growing into a class case, tobacco sold to pupils, rubbish in a village
 * river, lenient-plea criminal cases with community service, administrative disputes resolved in substance.
 *
 * <p>Office numbers follow one office (崇检) and one pattern per kind of case, e.g. 崇检民支受〔2026〕3号,
 * 崇检公益立〔2026〕5号; serials count up by date of acceptance within each kind and year. A few cases carry a
 * 23-digit unified-system code (invented: region, year, a business code and a serial). All dates are counted
 * back from today of the clock; none lies in the future. The only randomness (the serial digits of the
 * unified codes) comes from a fixed seed. The whole content is validated before the first save.
 *
 * <p>Cases about a recurring problem carry the same 问题类型 as the demo leads about it (占用耕地从事木材加工,
 * 向未成年人售烟酒, 河道垃圾倾倒 …), so that leads and cases of one field and problem can be found together;
 * cases without a problem worth grouping (most criminal and civil individual cases) carry none.
 */
public final class DemoCases {
    /** The fixed seed of the demo's randomness. */
    public static final long SEED = 20241012L;
    private static final String OFFICE = "崇检";
    private static final String REGION = "510184";

    // Station keys: the order of DemoRegister's stations; each is looked up by name first.
    private static final int CENTRE = 0;
    private static final int VILLAGE = 1;
    private static final int COMMUNITY = 2;
    private static final int PARK = 3;
    private static final int MOBILE = 4;
    private static final int GRID = 5;
    private static final List<String> STATION_NAMES = List.of("区综治中心检察服务窗口", "清溪村“微检治”联络站",
            "崇阳街道微检治联络站", "城西工业园区“微检治”联络站", "“微检治”移动联络站", "双河街道“检察+网格”联络站");

    // Prosecutor keys: the order of DemoRegister's prosecutors; each is looked up by name first.
    private static final int LIN = 0;
    private static final int ZHOU = 1;
    private static final int MENG = 2;
    private static final int HAN = 3;
    private static final int TANG = 4;
    private static final int XU = 5;
    private static final int GAO = 6;
    private static final List<String> PROSECUTOR_NAMES = List.of("林晓岚", "周振宇", "孟书瑶", "韩立诚", "唐一鸣",
            "许静怡", "高建平");

    /** The kinds of office number: the type code between 检 and 〔year〕, and the business code of the unified code. */
    private enum NumberKind {
        CRIMINAL_REVIEW("刑诉受", "01"), NON_PROSECUTION("刑不诉", "02"), SUPERVISION("刑监", "03"),
        CIVIL_SUPPORT("民支受", "11"), CIVIL_SUPERVISION("民监受", "12"), ADMINISTRATIVE("行监受", "21"),
        DISPUTE_RESOLUTION("行化", "22"), PUBLIC_INTEREST("公益立", "31"), JUDICIAL_AID("控救", "41");

        final String code;
        final String businessCode;

        NumberKind(String code, String businessCode) {
            this.code = code;
            this.businessCode = businessCode;
        }
    }

    private final MatterService matters;
    private final ReferenceService reference;
    private final Clock clock;

    public DemoCases(MatterService matters, ReferenceService reference, Clock clock) {
        this.matters = Objects.requireNonNull(matters, "matters");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates the demo cases, oldest first, and returns them as saved. Stations and prosecutors are matched
     * by the demo's names, else by their position in the lists; a case whose station or prosecutor cannot be
     * found is saved without one.
     *
     * @throws UserFacingException {@code demo.registerNotEmpty} when the register already holds live cases;
     *                             nothing is written then
     */
    public List<Matter> load(List<Station> stations, List<Prosecutor> prosecutors) {
        if (matters.countLive() > 0) {
            throw new UserFacingException("demo.registerNotEmpty");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> businesses = reference.idsByName(ReferenceList.BUSINESS);
        Content content = new Content(today, new Random(SEED));
        List<Matter> ready = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Draft d : content.drafts) {
            Matter m = d.builder
                    .businessId(businesses.get(d.business))
                    .stationId(pick(stations, STATION_NAMES, d.station, Station::name, Station::id))
                    .prosecutorId(pick(prosecutors, PROSECUTOR_NAMES, d.prosecutor, Prosecutor::name, Prosecutor::id))
                    .build();
            MatterRules.check(m, today).forEach(p -> problems.add(m.name() + ": " + p.field() + " " + p.messageKey()));
            ready.add(m);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo cases do not validate: " + problems);
        }
        List<Matter> saved = new ArrayList<>();
        for (Matter m : ready) {
            saved.add(matters.save(m));
        }
        return saved;
    }

    /**
     * Links a demo case to a lead or visit (recordKind "LEAD" or "VISIT"), as a prosecutor would in the case
     * form: one audited save. Linking twice does nothing.
     */
    public Matter link(Matter m, String recordKind, long recordId) {
        return matters.link(m.id(), new MatterLink(LinkKind.valueOf(recordKind), recordId));
    }

    private static <T> Long pick(List<T> items, List<String> demoNames, int key,
                                 Function<T, String> name, Function<T, Long> id) {
        String wanted = demoNames.get(key);
        for (T item : items) {
            if (wanted.equals(name.apply(item))) {
                return id.apply(item);
            }
        }
        return key < items.size() ? id.apply(items.get(key)) : null;
    }

    /** A case being built, with the keys of its station, prosecutor and business. */
    /** A demo case with the name of its business (十大业务) and the type code of its office number (刑诉受, 公益立 …). */
    record SampleCase(Matter matter, String business, String numberCode) {
    }

    /** The demo's cases, unsaved and without station or prosecutor (the generator's phrase book). */
    static List<SampleCase> sampleCases(LocalDate today) {
        return new Content(today, new Random(SEED)).drafts.stream()
                .map(d -> new SampleCase(d.builder.build(), d.business, d.kind.code)).toList();
    }

    private static final class Draft {
        final Matter.Builder builder;
        final NumberKind kind;
        final int station;
        final int prosecutor;
        final String business;
        boolean unifiedCode;

        Draft(Matter.Builder builder, NumberKind kind, int station, int prosecutor, String business) {
            this.builder = builder;
            this.kind = kind;
            this.station = station;
            this.prosecutor = prosecutor;
            this.business = business;
        }

        Draft parties(String names) { builder.parties(names); return this; }
        Draft minor() { builder.involvesMinor(true); return this; }
        Draft problem(String name) { builder.problem(name); return this; }
        Draft withUnifiedCode() { unifiedCode = true; return this; }
    }

    /** The demo's cases as plain data, computed from today and the seeded random source. */
    private static final class Content {
        final LocalDate today;
        final Random random;
        final List<Draft> drafts = new ArrayList<>();

        Content(LocalDate today, Random random) {
            this.today = today;
            this.random = random;
            criminal();
            civil();
            administrative();
            publicInterest();
            drafts.sort(Comparator.comparing((Draft d) -> d.builder.build().acceptedOn()));
            number();
        }

        private void criminal() {
            add(c(150, BusinessLine.CRIMINAL, "普通犯罪检察", SupervisionField.OTHER, NumberKind.NON_PROSECUTION,
                    "邱某某故意伤害案", COMMUNITY, MENG, concluded(37),
                    "邻里因楼道堆物发生口角，犯罪嫌疑人将邻居推倒致轻伤二级。犯罪嫌疑人认罪认罚，赔偿并取得谅解，"
                            + "依法作出相对不起诉决定，在崇阳街道联络站公开宣告，邀请人民监督员和居民代表旁听，以案释法。")
                    .parties("邱德华、黄桂兰"));
            add(c(128, BusinessLine.CRIMINAL, "控告申诉检察", SupervisionField.OTHER, NumberKind.JUDICIAL_AID,
                    "邓某某司法救助案", CENTRE, GAO, concluded(41),
                    "申请人之子在故意伤害案中受伤致残，加害人无赔偿能力，家庭生活困难。经审查符合国家司法救助条件，"
                            + "发放救助金1万元，信访人息诉罢访。")
                    .parties("邓世友").withUnifiedCode());
            add(c(101, BusinessLine.CRIMINAL, "普通犯罪检察", SupervisionField.OTHER, NumberKind.SUPERVISION,
                    "吴某某被伤害案立案监督案", CENTRE, LIN, concluded(33),
                    "控告人被邻居打伤后报警，派出所受案三个月未作处理决定。经监督，派出所书面说明情况并依法作出处理决定。")
                    .parties("吴晓东")
                    .problem("受案后长期未作处理"));
            add(c(78, BusinessLine.CRIMINAL, "控告申诉检察", SupervisionField.OTHER, NumberKind.JUDICIAL_AID,
                    "交通肇事案被害人严某某司法救助案", CENTRE, LIN, concluded(36),
                    "被害人在交通事故中重伤，肇事人无力赔偿，家庭因医疗费用陷入困难。申请材料一次补齐后审查，决定发放救助金1万元。")
                    .parties("严国富"));
            add(c(66, BusinessLine.CRIMINAL, "普通犯罪检察", SupervisionField.OTHER, NumberKind.CRIMINAL_REVIEW,
                    "唐某危险驾驶案", COMMUNITY, MENG, concluded(26),
                    "犯罪嫌疑人醉酒驾驶机动车，血液酒精含量较低，自愿认罪认罚。经社区督导员监督，参加道路协勤和垃圾分类"
                            + "社会公益服务40小时，评价良好，依法作出相对不起诉决定。")
                    .parties("唐志军"));
            add(c(47, BusinessLine.CRIMINAL, "普通犯罪检察", SupervisionField.OTHER, NumberKind.CRIMINAL_REVIEW,
                    "陈某帮助信息网络犯罪活动案", COMMUNITY, MENG, open(),
                    "犯罪嫌疑人出租本人银行卡供他人转移电信诈骗资金，流水30余万元。已认罪认罚，拟适用认罪认罚从宽，"
                            + "安排社区公益服务考察。")
                    .parties("陈宇航")
                    .problem("出租出借银行卡"));
            add(c(30, BusinessLine.CRIMINAL, "未成年人检察", SupervisionField.MINORS, NumberKind.CRIMINAL_REVIEW,
                    "田某某盗窃案", GRID, XU, open(),
                    "犯罪嫌疑人系在校高中生，多次盗窃同学财物共计2800元。已作出附条件不起诉决定，考验期六个月，"
                            + "由村社儿童主任和心理咨询师共同帮教。")
                    .parties("田浩然").minor());
            add(c(22, BusinessLine.CRIMINAL, "普通犯罪检察", SupervisionField.OTHER, NumberKind.NON_PROSECUTION,
                    "黄某某故意伤害案（刑事和解）", CENTRE, LIN, concluded(8),
                    "区综治中心移交的因琐事引发的轻伤害案件。检调对接，双方当面协商，加害方赔偿医疗费等2.8万元，"
                            + "被害人出具谅解书，依法作出相对不起诉决定。")
                    .parties("黄德贵、刘成").withUnifiedCode());
            add(c(10, BusinessLine.CRIMINAL, "经济犯罪检察", SupervisionField.OTHER, NumberKind.CRIMINAL_REVIEW,
                    "顾某职务侵占案", PARK, HAN, open(),
                    "园区企业财务人员利用职务便利侵占公司货款46万元。公安机关移送审查起诉，正在审查证据。")
                    .parties("顾建新"));
        }

        private void civil() {
            add(c(105, BusinessLine.CIVIL, "民事检察", SupervisionField.OTHER, NumberKind.CIVIL_SUPPORT,
                    "罗某离婚纠纷支持起诉案", GRID, HAN, concluded(71),
                    "网格员告知长期遭受家庭暴力的罗某，检察机关可以支持起诉。检察官上门了解家庭情况、听取本人意见，"
                            + "调取报警记录、就医病历和告诫书固定证据，陪同出庭并宣读支持起诉意见书。法院判决准予离婚，"
                            + "两个孩子由罗某抚养。")
                    .parties("罗春梅、黄志勇").minor().withUnifiedCode()
                    .problem("家庭暴力"));
            add(c(93, BusinessLine.CIVIL, "民事检察", SupervisionField.OTHER, NumberKind.CIVIL_SUPERVISION,
                    "郑某某买卖合同纠纷民事监督案", COMMUNITY, MENG, concluded(60),
                    "申诉人不服一审判决，认为法院未采纳送货单证据。补齐再审申请材料后审查，认为原判决认定事实清楚，"
                            + "作出不支持监督申请决定并当面释法说理。")
                    .parties("郑国华"));
            add(c(73, BusinessLine.CIVIL, "民事检察", SupervisionField.MINORS, NumberKind.CIVIL_SUPPORT,
                    "留守儿童追索抚养费支持起诉案", MOBILE, TANG, concluded(45),
                    "随村社儿童主任走访发现，两名留守儿童的父母长期不支付抚养费，由祖父母抚养。检察机关支持祖父母代为起诉，"
                            + "法院调解由父母按月支付抚养费。")
                    .parties("秦淑芬").minor()
                    .problem("拒不支付抚养费"));
            add(c(39, BusinessLine.CIVIL, "民事检察", SupervisionField.OTHER, NumberKind.CIVIL_SUPERVISION,
                    "韦某某申请执行监督案", COMMUNITY, MENG, suspended(),
                    "申诉人不服交通事故损害赔偿案件终结本次执行程序裁定。已一次性告知需补充的执行异议、复议材料和"
                            + "被执行人财产线索，待申请人补齐材料后恢复审查。")
                    .parties("韦海燕"));
            add(c(19, BusinessLine.CIVIL, "民事检察", SupervisionField.OTHER, NumberKind.CIVIL_SUPPORT,
                    "刘某某等6名农民工追索劳动报酬支持起诉案", PARK, HAN, open(),
                    "建筑公司在劳动仲裁裁决生效后仍拒不支付劳务费，6名农民工无力聘请律师。已调取仲裁裁决书、考勤记录和"
                            + "工资条，拟出具支持起诉意见书。")
                    .parties("刘德福、张国强、李春生、王小虎、赵建明、陈光荣").withUnifiedCode()
                    .problem("拖欠农民工工资"));
            add(c(11, BusinessLine.CIVIL, "民事检察", SupervisionField.OTHER, NumberKind.CIVIL_SUPPORT,
                    "黎某某赡养纠纷支持起诉案", GRID, XU, open(),
                    "独居老人的子女不履行赡养义务、拒绝探望。社区协调未果，老人同意起诉，检察机关审查支持起诉条件。")
                    .parties("黎桂芳")
                    .problem("不履行赡养义务"));
        }

        private void administrative() {
            add(c(90, BusinessLine.ADMINISTRATIVE, "行政检察", SupervisionField.OTHER, NumberKind.DISPUTE_RESOLUTION,
                    "鱼塘进水渠堵塞行政争议实质性化解案", CENTRE, GAO, concluded(20),
                    "信访人认为镇政府处理邻村堵塞鱼塘进水渠问题不公。检察官会同镇政府现场协调，疏通水渠并重新划定两村"
                            + "用水时段，信访人撤回行政复议申请。")
                    .parties("彭永贵"));
            add(c(46, BusinessLine.ADMINISTRATIVE, "行政检察", SupervisionField.OTHER, NumberKind.DISPUTE_RESOLUTION,
                    "曹某某养殖场关停补偿行政争议实质性化解案", CENTRE, GAO, open(),
                    "养殖场被划入禁养区后关停，补偿款未到位。已会同区农业农村局、清溪镇人民政府召开协调会，正在评估补偿标准。")
                    .parties("曹德明").withUnifiedCode()
                    .problem("禁养区关停补偿未到位"));
            add(c(41, BusinessLine.ADMINISTRATIVE, "行政检察", SupervisionField.OTHER, NumberKind.ADMINISTRATIVE,
                    "丁某某最低生活保障待遇行政检察监督案", MOBILE, TANG, concluded(28),
                    "申请人家庭低保资格被取消，认为审核不公。检察官参与入户核查，督促区民政局依法复核，恢复其低保资格。")
                    .parties("丁玉珍"));
            add(c(26, BusinessLine.ADMINISTRATIVE, "行政检察", SupervisionField.LAND, NumberKind.ADMINISTRATIVE,
                    "非法占用农用地行政处罚决定未执行监督案", VILLAGE, ZHOU, open(),
                    "办理木材加工厂系列案中发现，区自然资源局对非法占地作出的行政处罚决定逾期未履行，行政机关未申请"
                            + "法院强制执行，存在怠于履职情形，拟制发检察建议。")
                    .problem("非法占地处罚决定未执行"));
            add(c(8, BusinessLine.ADMINISTRATIVE, "行政检察", SupervisionField.OTHER, NumberKind.ADMINISTRATIVE,
                    "石某某拆迁安置面积行政争议监督案", GRID, XU, open(),
                    "信访人认为旧城改造安置中被少算面积12平方米，街道答复后仍不服。已调取征收补偿协议和测绘报告。")
                    .parties("石国庆"));
        }

        private void publicInterest() {
            add(c(144, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.ECOLOGY, NumberKind.PUBLIC_INTEREST,
                    "清溪村三组河段生活垃圾污染行政公益诉讼案", VILLAGE, ZHOU, concluded(74),
                    "公益诉讼观察员通过“随手拍”反映河段沿岸堆放生活垃圾和建筑废料约200米。向清溪镇人民政府制发诉前检察建议，"
                            + "督促清运并建立河道巡查机制；回访时垃圾已全部清运，村规民约增加禁止倾倒条款。")
                    .withUnifiedCode()
                    .problem("河道垃圾倾倒"));
            add(c(130, BusinessLine.PUBLIC_INTEREST, "未成年人检察", SupervisionField.MINORS, NumberKind.PUBLIC_INTEREST,
                    "学校周边经营户向未成年人售烟行政公益诉讼案", GRID, XU, concluded(35),
                    "网格员报送便利店多次向初中学生出售香烟。网格员协助排查学校周边，发现同类经营户4家，向区市场监管局"
                            + "制发检察建议，督促开展专项整治并在经营场所设置不向未成年人售烟标识。")
                    .parties("郑丽华").minor()
                    .problem("向未成年人售烟酒"));
            add(c(113, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.LAND, NumberKind.PUBLIC_INTEREST,
                    "清溪村五组木材加工厂占用农用地行政公益诉讼案（一）", VILLAGE, ZHOU, concluded(90),
                    "巡田发现农用地被用于木材加工和晾晒，地面部分硬化。督促区自然资源局依法查处，加工厂已搬离并完成复垦。")
                    .parties("罗长贵")
                    .problem("占用耕地从事木材加工"));
            add(c(113, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.LAND, NumberKind.PUBLIC_INTEREST,
                    "清溪村五组木材加工厂占用农用地行政公益诉讼案（二）", VILLAGE, ZHOU, open(),
                    "网格员排查发现的同类木材加工厂之一，木料仍堆放在农用地上，已向区自然资源局制发诉前检察建议。")
                    .parties("邱德明")
                    .problem("占用耕地从事木材加工"));
            add(c(113, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.LAND, NumberKind.PUBLIC_INTEREST,
                    "清溪村五组木材加工厂占用农用地行政公益诉讼案（三）", VILLAGE, ZHOU, open(),
                    "网格员排查发现的同类木材加工厂之一，夜间作业、木屑堵塞灌溉沟渠，已一并制发诉前检察建议。")
                    .parties("蒋永红")
                    .problem("占用耕地从事木材加工"));
            add(c(88, BusinessLine.PUBLIC_INTEREST, "未成年人检察", SupervisionField.MINORS, NumberKind.PUBLIC_INTEREST,
                    "酒吧违规接纳未成年人行政公益诉讼案", GRID, XU, concluded(30),
                    "网格员报送双河街道一家酒吧周末接待多名未成年人饮酒且未查验身份证件。督促区文化市场综合执法大队查处，"
                            + "街道在辖区娱乐场所张贴禁止接待未成年人标识。")
                    .minor()
                    .problem("酒吧违规接纳未成年人"));
            add(c(70, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.WORK_SAFETY, NumberKind.PUBLIC_INTEREST,
                    "餐饮店燃气安全和消防通道隐患行政公益诉讼案", GRID, XU, concluded(40),
                    "从12345热线转办记录中筛出的5星线索：小区周边餐饮店违规使用瓶装液化气、占用消防通道，半年投诉7次。"
                            + "向区应急管理局制发诉前检察建议，街道开展燃气安全专项整治。")
                    .problem("燃气和消防安全隐患"));
            add(c(49, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.ECOLOGY, NumberKind.PUBLIC_INTEREST,
                    "电镀厂雨水管偷排含重金属废水行政公益诉讼案", PARK, HAN, concluded(39),
                    "12309来电举报后会同区生态环境局夜间取样，检出重金属超标。督促依法查处，企业完成雨污分流改造。")
                    .problem("企业偷排废水"));
            add(c(36, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.WORK_SAFETY, NumberKind.PUBLIC_INTEREST,
                    "滨河路窨井盖破损安全隐患行政公益诉讼案", GRID, XU, concluded(23),
                    "网格员报送3处窨井盖破损下沉，已有骑行人摔伤。督促区城市管理局更换窨井盖并开展全街道排查。")
                    .problem("窨井盖破损"));
            add(c(54, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.CULTURAL_HERITAGE,
                    NumberKind.PUBLIC_INTEREST, "白鹤村百年黄葛树古树名木保护行政公益诉讼案", MOBILE, TANG, open(),
                    "巡回接访时村民反映百年黄葛树主要枝干被砍，树下倾倒建筑垃圾。区林业局已挂牌保护，砍伐人仍在追查。")
                    .problem("古树名木保护不力"));
            add(c(16, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.FOOD_DRUG, NumberKind.PUBLIC_INTEREST,
                    "乡镇卫生院发放过期药品行政公益诉讼案", CENTRE, GAO, open(),
                    "12309来电举报镇卫生院药房有过期药品仍在发放（举报人身份保密）。已向区卫生健康委员会和区市场监管局了解"
                            + "查处情况，评估制发诉前检察建议。")
                    .problem("发放过期药品"));
            add(c(33, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.FOOD_DRUG, NumberKind.PUBLIC_INTEREST,
                    "社区菜市场销售过期散装熟食行政公益诉讼案", COMMUNITY, MENG, suspended(),
                    "居民举报摊位长期销售过期散装熟食。已移送区市场监管局查处，等待其处理结果期间中止审查。")
                    .problem("销售过期散装熟食"));
            add(c(23, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.ACCESSIBILITY,
                    NumberKind.PUBLIC_INTEREST, "石桥镇中学周边盲道被占用无障碍环境公益诉讼案", MOBILE, TANG, open(),
                    "巡回接访时群众反映盲道被商户长期占用堆放货物。现场核实属实，拟督促镇政府和区城市管理局清理。")
                    .problem("盲道被占用"));
            add(c(14, BusinessLine.PUBLIC_INTEREST, "公益诉讼检察", SupervisionField.LAND, NumberKind.PUBLIC_INTEREST,
                    "木材加工企业占用农用地类案监督案", VILLAGE, ZHOU, open(),
                    "清溪村五组三家木材加工厂占用农用地的个案中，两家仍未整改；网格员又在长林村发现三处同类加工点。"
                            + "拟向区自然资源局制发类案检察建议，督促对农用地非农化问题开展专项排查，建立长效机制。")
                    .problem("占用耕地从事木材加工"));
        }

        // ------------------------------------------------------------------ helpers

        private record Outcome(MatterStatus status, Integer concludedAfterDays) {
        }

        private static Outcome open() {
            return new Outcome(MatterStatus.OPEN, null);
        }

        private static Outcome suspended() {
            return new Outcome(MatterStatus.SUSPENDED, null);
        }

        /** Concluded {@code days} after acceptance ({@code daysAgo} is repeated for readability at the call). */
        private static Outcome concluded(int days) {
            return new Outcome(MatterStatus.CONCLUDED, days);
        }

        private Draft c(int daysAgo, BusinessLine line, String business, SupervisionField field, NumberKind kind,
                        String name, int station, int prosecutor, Outcome outcome, String summary) {
            LocalDate accepted = workday(today.minusDays(daysAgo));
            LocalDate concluded = null;
            if (outcome.concludedAfterDays() != null) {
                concluded = accepted.plusDays(outcome.concludedAfterDays());
                if (concluded.isAfter(today)) {
                    concluded = today;
                }
            }
            Matter.Builder b = Matter.builder().businessLine(line).field(field).name(name).acceptedOn(accepted)
                    .status(outcome.status()).concludedOn(concluded).summary(summary);
            return new Draft(b, kind, station, prosecutor, business);
        }

        private void add(Draft d) {
            drafts.add(d);
        }

        /** Office numbers by kind and year, counting up by date; unified codes for the cases marked for one. */
        private void number() {
            Map<String, Integer> serials = new HashMap<>();
            for (Draft d : drafts) {
                int year = d.builder.build().acceptedOn().getYear();
                // Serials start above 1, as a station's cases are a share of the whole office's.
                int serial = serials.merge(d.kind.code + year, 2 + d.kind.ordinal() % 3,
                        (was, first) -> was + 1 + random.nextInt(2));
                d.builder.officeNumber(OFFICE + d.kind.code + "〔" + year + "〕" + serial + "号");
                if (d.unifiedCode) {
                    d.builder.unifiedCode(REGION + year + "0" + d.kind.businessCode
                            + String.format("%010d", 1_000_000L + random.nextInt(9_000_000)));
                }
            }
        }

        private static LocalDate workday(LocalDate d) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
                return d.minusDays(1);
            }
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                return d.minusDays(2);
            }
            return d;
        }
    }
}
