package org.liaisondesk.demo.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadRules;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;

/**
 * The demo's leads (线索台账): forty leads over the last six months from every channel — grid workers reporting
 * shops that sell tobacco and alcohol to minors, rubbish in a village river sent through "随手拍", three timber
 * yards on farmland in one village within a fortnight (so the editor's duplicate warning shows), repeated 12345
 * complaints about illegal land use and pollution, leads screened from administrative-enforcement data. Every
 * source, field and triage result occurs, ratings cover one to five stars (a few leads are not rated yet), and
 * several triaged leads still wait for feedback to their source.
 *
 * <p>Reporters are taken from the roster passed in where the lead came from a grid worker, liaison or volunteer,
 * typed (name and phone) for callers, deputies and visitors, and left out for data screening and media. All dates
 * are counted back from today of the clock; none lies in the future. The only randomness (typed phone numbers)
 * comes from a fixed seed. The whole content is validated before the first save.
 *
 * <p>Leads about the same problem carry the same 问题类型, as do the demo cases about it: the three timber yards
 * share 占用耕地从事木材加工 (all within the last twelve months), the shops selling to minors 向未成年人售烟酒, the
 * rubbish in the village river 河道垃圾倾倒; leads outside the procuratorate's remit carry none.
 */
public final class DemoLeads {
    /** The fixed seed of the demo's randomness (the day "检察+网格" started in the first district). */
    public static final long SEED = 20240601L;

    private static final String[] MOBILE_PREFIXES = {"133", "135", "136", "137", "138", "139", "150", "151",
        "152", "158", "159", "166", "177", "180", "181", "182", "183", "187", "188", "189", "199"};

    // Stations of the demo register, looked up by a part of their name (else by their place in the list).
    private static final String CENTRE = "综治中心";
    private static final String VILLAGE = "清溪";
    private static final String COMMUNITY = "崇阳";
    private static final String PARK = "工业园区";
    private static final String MOBILE = "移动";
    private static final String GRID = "双河";
    private static final List<String> STATION_ORDER = List.of(CENTRE, VILLAGE, COMMUNITY, PARK, MOBILE, GRID);
    private static final List<String> PROSECUTOR_ORDER = List.of("林晓岚", "周振宇", "孟书瑶", "韩立诚", "唐一鸣",
            "许静怡", "高建平");

    private final LeadService leads;
    private final Clock clock;

    public DemoLeads(LeadService leads, Clock clock) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Saves the demo leads through {@link LeadService} (so the normal validation applies) and returns them as
     * stored, oldest first. Any of the lists may be empty: leads then go without station, prosecutor or roster
     * reporter (a lead that would name a roster reporter is then anonymous).
     */
    public List<Lead> load(List<Station> stations, List<Prosecutor> prosecutors, List<Liaison> reporters) {
        Content content = new Content(LocalDate.now(clock), new Random(SEED), stations, prosecutors, reporters);
        List<Lead> drafts = content.leads();
        List<String> problems = new ArrayList<>();
        for (Lead l : drafts) {
            for (FieldProblem p : LeadRules.check(l, content.today)) {
                problems.add(l.receivedOn() + " " + l.description() + ": " + p.field() + " " + p.messageKey());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo leads do not validate: " + problems);
        }
        List<Lead> saved = new ArrayList<>();
        for (Lead l : drafts) {
            saved.add(leads.save(l));
        }
        return saved;
    }

    /** The demo's leads, unsaved and without station, prosecutor or roster reporter (the generator's phrase book). */
    static List<Lead> sampleLeads(LocalDate today) {
        return new Content(today, new Random(SEED), List.of(), List.of(), List.of()).leads();
    }

    /** The demo's leads as plain data, computed from today, the seeded random source and the roster given. */
    private static final class Content {
        final LocalDate today;
        final Random random;
        final List<Station> stations;
        final List<Prosecutor> prosecutors;
        final List<Liaison> reporters;
        final List<Lead.Builder> entries = new ArrayList<>();
        private int nextReporter;

        Content(LocalDate today, Random random, List<Station> stations, List<Prosecutor> prosecutors,
                List<Liaison> reporters) {
            this.today = today;
            this.random = random;
            this.stations = List.copyOf(stations);
            this.prosecutors = List.copyOf(prosecutors);
            this.reporters = List.copyOf(reporters);
            olderLeads();
            middleLeads();
            recentLeads();
        }

        List<Lead> leads() {
            return entries.stream().map(Lead.Builder::build)
                    .sorted((a, b) -> a.receivedOn().compareTo(b.receivedOn())).toList();
        }

        // ------------------------------------------------------------------ about six to three months ago

        private void olderLeads() {
            add(175, LeadSource.VISIT, SupervisionField.OTHER, "崇阳街道", "金桂社区", "",
                    "来访业主反映：金桂社区某楼盘开发商未按规划配建幼儿园，业主多次向开发商和街道反映无果。",
                    COMMUNITY, "孟书瑶").reporterName("黄秀兰").reporterPhone(mobile())
                    .rating(2, 2, 3).triage(Triage.NO_ACTION).triagedOn(day(170))
                    .triageReason("属业主与开发商之间的民事合同纠纷，已引导业主通过诉讼途径解决。")
                    .fedBackOn(day(170)).feedbackNote("当面告知来访人研判意见，并提供诉讼指引材料。");

            add(170, LeadSource.SNAPSHOT_APP, SupervisionField.ECOLOGY, "清溪镇", "清溪村", "三组",
                    "公益诉讼观察员通过“随手拍”反映：清溪村三组河段沿岸堆放大量生活垃圾和建筑废料，长约200米，雨季有冲入河道的风险。",
                    VILLAGE, "周振宇").problem("河道垃圾倾倒").reporterLiaisonId(rosterReporter())
                    .rating(5, 5, 4).triage(Triage.CASE_OPENED).triagedOn(day(166))
                    .triageReason("现场核实属实，作为行政公益诉讼案件立案，拟向清溪镇人民政府制发检察建议。")
                    .fedBackOn(day(165)).feedbackNote("电话告知观察员已立案，并邀请其参加整改回访。");

            add(160, LeadSource.HOTLINE_12345, SupervisionField.LAND, "清溪镇", "石桥村", "",
                    "12345热线多次转办：石桥村有人在基本农田上建房，投诉人对前两次处理结果均不满意。",
                    CENTRE, "林晓岚").problem("占用基本农田建房").reporterName("罗志明").reporterPhone(mobile())
                    .rating(5, 4, 4).triage(Triage.CASE_OPENED).triagedOn(day(150))
                    .triageReason("筛查重复投诉和不满意件发现，实地核实占用基本农田约0.8亩，立案监督。")
                    .fedBackOn(day(149)).feedbackNote("已通过12345平台回复：检察机关已立案办理。");

            add(150, LeadSource.GRID_WORKER, SupervisionField.MINORS, "双河街道", "学府社区", "第3网格",
                    "网格员反映：学府路一家便利店多次向附近初中学生出售香烟，网格员劝阻后仍未改正。",
                    GRID, "许静怡").problem("向未成年人售烟酒").reporterLiaisonId(rosterReporter())
                    .rating(5, 4, 4).triage(Triage.REFERRED).triagedOn(day(146)).referredTo("区市场监督管理局")
                    .triageReason("同时请网格员排查学校周边其他经营户，发现同类问题4家。")
                    .fedBackOn(day(144)).feedbackNote("告知网格员：线索已移送区市场监督管理局，检察院将跟进监督。");

            add(140, LeadSource.HOTLINE_12345, SupervisionField.FOOD_DRUG, "崇阳街道", "崇阳社区", "",
                    "12345热线：崇阳农贸市场散装熟食摊点无防蝇防尘设施，多名市民投诉。",
                    CENTRE, "林晓岚").problem("熟食摊点卫生不达标")
                    .rating(2, 3, 2).triage(Triage.REFERRED).triagedOn(day(138)).referredTo("区市场监督管理局")
                    .fedBackOn(day(137)).feedbackNote("已回复12345平台：线索已移送主管部门。");

            add(135, LeadSource.GRID_WORKER, SupervisionField.MINORS, "双河街道", "双河社区", "第7网格",
                    "网格员反映：双河社区一家网吧允许未成年人进入上网，未登记身份信息。",
                    GRID, "许静怡").problem("网吧违规接纳未成年人").reporterLiaisonId(rosterReporter())
                    .rating(4, 3, 3).triage(Triage.REFERRED).triagedOn(day(132)).referredTo("区文化市场综合行政执法大队")
                    .fedBackOn(day(131)).feedbackNote("告知网格员移送情况，请其继续关注。");

            add(130, LeadSource.DEPUTY, SupervisionField.STATE_PROPERTY, "清溪镇", "", "",
                    "区人大代表反映：部分村集体经济项目财政补助资金拨付后长期闲置，可能造成国有财产损失。",
                    VILLAGE, "高建平").problem("财政补助资金闲置").reporterName("刘建华").reporterPhone(mobile())
                    .rating(3, 2, 4).triage(Triage.PRELIMINARY_INQUIRY).triagedOn(day(125))
                    .triageReason("调取项目资金拨付台账，初查中。")
                    .fedBackOn(day(124)).feedbackNote("向代表通报初查安排。");

            add(125, LeadSource.LIAISON, SupervisionField.CULTURAL_HERITAGE, "清溪镇", "红岩村", "",
                    "公益诉讼观察员反映：红岩村一处红色革命遗址标识牌损毁，周边杂草丛生、堆放杂物。",
                    VILLAGE, "周振宇").problem("红色遗址保护不力").reporterLiaisonId(rosterReporter())
                    .rating(3, 3, 4).triage(Triage.REFERRED).triagedOn(day(120)).referredTo("区文化和旅游局")
                    .fedBackOn(day(118)).feedbackNote("告知观察员：已移送区文化和旅游局，约定一个月后回访。");

            add(120, LeadSource.GRID_WORKER, SupervisionField.MINORS, "双河街道", "双河社区", "第5网格",
                    "网格员反映：双河社区一家酒吧夜间接待未成年人饮酒，未查验身份证件。",
                    GRID, "许静怡").problem("酒吧违规接纳未成年人").reporterLiaisonId(rosterReporter())
                    .rating(4, 3, 4).triage(Triage.CASE_OPENED).triagedOn(day(115))
                    .fedBackOn(day(113)).feedbackNote("告知网格员已立案，感谢其报送。");

            add(115, LeadSource.CASE_HANDLING, SupervisionField.PERSONAL_INFORMATION, "", "", "",
                    "办理电信网络诈骗案件中发现：某快递网点员工批量出售客户快递面单信息。",
                    CENTRE, "高建平").problem("出售公民个人信息")
                    .rating(5, 5, 5).triage(Triage.CASE_OPENED).triagedOn(day(112))
                    .triageReason("作为个人信息保护公益诉讼案件立案。");

            add(110, LeadSource.ENFORCEMENT_DATA, SupervisionField.LAND, "崇阳街道", "城西片区", "",
                    "行政执法数据筛查：城西片区一处闲置地块被违法占用堆放建筑渣土，处罚后一年仍未恢复原状。",
                    COMMUNITY, "孟书瑶").problem("违法占地堆放渣土")
                    .rating(4, 5, 5).triage(Triage.CASE_OPENED).triagedOn(day(104));
        }

        // ------------------------------------------------------------------ about three to one months ago

        private void middleLeads() {
            add(100, LeadSource.GRID_WORKER, SupervisionField.WORK_SAFETY, "城西工业园区", "园区一路", "",
                    "网格员巡查发现：园区一家企业违规储存液化气罐，厂区消防通道被货物堵塞。",
                    PARK, "韩立诚").problem("燃气和消防安全隐患").reporterLiaisonId(rosterReporter())
                    .rating(4, 4, 4).triage(Triage.REFERRED).triagedOn(day(98)).referredTo("区应急管理局")
                    .fedBackOn(day(97)).feedbackNote("告知网格员移送情况。");

            add(95, LeadSource.SNAPSHOT_APP, SupervisionField.ECOLOGY, "清溪镇", "清溪村", "五组",
                    "群众通过“随手拍”反映：清溪村五组沟渠内漂浮生活垃圾，村保洁员未及时清理。",
                    VILLAGE, "周振宇").problem("河道垃圾倾倒").reporterName("何玉珍").reporterPhone(mobile())
                    .rating(3, 4, 2).triage(Triage.FILED).triagedOn(day(92))
                    .triageReason("镇政府已纳入河道巡查整改，存查跟进。")
                    .fedBackOn(day(91)).feedbackNote("电话告知反映人处理情况。");

            add(88, LeadSource.HOTLINE_12345, SupervisionField.OTHER, "城西工业园区", "", "",
                    "12345热线：园区两家企业拖欠农民工工资三个月，劳动者多次投诉。",
                    PARK, "韩立诚").problem("拖欠农民工工资")
                    .rating(3, 4, 3).triage(Triage.REFERRED).triagedOn(day(85)).referredTo("区人力资源和社会保障局")
                    .triageReason("同时告知劳动者可申请支持起诉。")
                    .fedBackOn(day(84)).feedbackNote("已回复12345平台。");

            add(85, LeadSource.DEPUTY, SupervisionField.ACCESSIBILITY, "崇阳街道", "金桂社区", "",
                    "区政协委员反映：崇阳街道多处人行盲道被违法占用或破坏，部分路口缺少轮椅坡道。",
                    COMMUNITY, "孟书瑶").problem("盲道被占用").reporterName("陈淑芬").reporterPhone(mobile())
                    .rating(4, 4, 3).triage(Triage.CASE_OPENED).triagedOn(day(80))
                    .fedBackOn(day(78)).feedbackNote("向委员通报立案情况，邀请其参加公开听证。");

            add(80, LeadSource.MEDIA, SupervisionField.OTHER, "", "", "",
                    "网络媒体转载：关于某景区门票价格上涨的讨论帖。",
                    CENTRE, "林晓岚")
                    .rating(1, 1, 2).triage(Triage.NO_ACTION).triagedOn(day(78))
                    .triageReason("属价格主管部门职责，不属于检察机关法律监督范围。");

            add(75, LeadSource.MEDIA, SupervisionField.FOOD_DRUG, "双河街道", "学府社区", "",
                    "本地媒体报道：学府社区部分校外托管机构食堂无食品经营许可证，学生餐食品安全存隐患。",
                    GRID, "许静怡").problem("校外托管机构无证经营食堂")
                    .rating(4, 3, 4).triage(Triage.PRELIMINARY_INQUIRY).triagedOn(day(70))
                    .triageReason("会同网格员逐家核实托管机构。");

            add(65, LeadSource.GOV_MAILBOX, SupervisionField.PERSONAL_INFORMATION, "崇阳街道", "金桂社区", "",
                    "政务信箱来信：某小区物业在公告栏张贴欠费业主的姓名、房号和手机号码。",
                    COMMUNITY, "孟书瑶").problem("公开张贴个人信息").reporterName("张伟").reporterPhone(mobile())
                    .rating(3, 4, 3).triage(Triage.PRELIMINARY_INQUIRY).triagedOn(day(60));

            add(60, LeadSource.HOTLINE_12345, SupervisionField.ECOLOGY, "城西工业园区", "", "",
                    "12345热线多次转办：园区一家企业夜间排放刺鼻废气，周边居民多次投诉且对处理结果不满意。",
                    PARK, "韩立诚").problem("企业违法排放废气").reporterName("王建军").reporterPhone(mobile())
                    .rating(4, 3, 4).triage(Triage.PRELIMINARY_INQUIRY).triagedOn(day(55))
                    .fedBackOn(day(54)).feedbackNote("已回复12345平台：检察机关已开展初查。");

            add(57, LeadSource.ENFORCEMENT_DATA, SupervisionField.WORK_SAFETY, "石桥镇", "", "",
                    "执法数据比对：一家加油站地下储油罐防渗漏检测逾期一年未做。",
                    MOBILE, "唐一鸣").problem("储油罐防渗检测逾期")
                    .rating(3, 2, 2).triage(Triage.FILED).triagedOn(day(52))
                    .triageReason("已督促企业完成检测，存查。");

            add(55, LeadSource.PUBLIC_INTEREST_PLATFORM, SupervisionField.CULTURAL_HERITAGE, "崇阳街道", "文庙社区", "",
                    "“益心为公”平台线索：一处区级文物保护单位墙体被张贴小广告、私拉电线。",
                    COMMUNITY, "孟书瑶").problem("文物保护单位管护不到位").reporterLiaisonId(rosterReporter())
                    .rating(2, 2, 3).triage(Triage.FILED).triagedOn(day(50))
                    .triageReason("属地街道已清理，存查。")
                    .fedBackOn(day(49)).feedbackNote("在平台回复志愿者处理结果。");

            // Three timber yards on farmland in one village within two weeks: the duplicate warning shows, and they
            // share their problem with the 清溪村五组 timber-yard cases before them (a class case in the making).
            add(52, LeadSource.CASE_HANDLING, SupervisionField.LAND, "清溪镇", "长林村", "四组",
                    "检察官巡田时发现：长林村四组一处农用地被用于木材加工、晾晒，部分地面已硬化，面积约3亩。",
                    VILLAGE, "周振宇").problem("占用耕地从事木材加工")
                    .rating(5, 4, 5).triage(Triage.CASE_OPENED).triagedOn(day(50))
                    .triageReason("立案调查，并请网格员排查周边类似情况。");

            add(47, LeadSource.ENFORCEMENT_DATA, SupervisionField.STATE_PROPERTY, "", "", "",
                    "执法数据比对：6名养老保险待遇领取人员死亡后仍被继续发放养老金，累计约11万元。",
                    CENTRE, "高建平").problem("死亡人员冒领养老金")
                    .rating(5, 5, 4).triage(Triage.CASE_OPENED).triagedOn(day(40));

            add(45, LeadSource.GRID_WORKER, SupervisionField.LAND, "清溪镇", "长林村", "二组",
                    "网格员排查发现：长林村二组又有一家木材加工厂占用农用地堆放原木、晾晒板材。",
                    VILLAGE, "周振宇").problem("占用耕地从事木材加工").reporterLiaisonId(rosterReporter())
                    .rating(4, 4, 4).triage(Triage.CASE_OPENED).triagedOn(day(44))
                    .triageReason("并入长林村木材加工占用农用地系列案件调查。")
                    .fedBackOn(day(43)).feedbackNote("告知网格员已并案调查，感谢协助排查。");

            add(40, LeadSource.HOTLINE_12309, SupervisionField.OTHER, "清溪镇", "石桥村", "",
                    "12309检察热线来电：村民反映村委会未公开土地征收补偿款的发放明细。",
                    CENTRE, "林晓岚").reporterName("石永福").reporterPhone(mobile())
                    .rating(2, 1, 2).triage(Triage.NO_ACTION).triagedOn(day(37))
                    .triageReason("属村务公开事项，已告知来电人向镇纪委、民政办反映。")
                    .fedBackOn(day(37)).feedbackNote("电话答复来电人。");

            add(38, LeadSource.GRID_WORKER, SupervisionField.LAND, "清溪镇", "长林村", "六组",
                    "网格员反映：长林村六组第三家木材加工点占用耕地，周边还新搭了简易厂棚。",
                    VILLAGE, "周振宇").problem("占用耕地从事木材加工").reporterName("李春燕").reporterPhone(mobile())
                    .rating(4, 5, 4).triage(Triage.PRELIMINARY_INQUIRY).triagedOn(day(36))
                    .triageReason("调取土地流转合同，核实占地面积。");

            add(33, LeadSource.GOV_MAILBOX, SupervisionField.FOOD_DRUG, "崇阳街道", "崇阳社区", "",
                    "政务信箱来信：崇阳社区一家药店不凭处方即可购买抗生素等处方药。",
                    COMMUNITY, "孟书瑶").problem("无处方销售处方药")
                    .rating(3, 3, 3).triage(Triage.REFERRED).triagedOn(day(30)).referredTo("区市场监督管理局")
                    .fedBackOn(day(29)).feedbackNote("在政务信箱回复来信人。");
        }

        // ------------------------------------------------------------------ the last month

        private void recentLeads() {
            add(28, LeadSource.GRID_WORKER, SupervisionField.MINORS, "双河街道", "学府社区", "第2网格",
                    "网格员反映：学校周边三家副食店向未成年人售酒，店门口未张贴“不向未成年人出售烟酒”标识。",
                    GRID, "许静怡").problem("向未成年人售烟酒").reporterName("冯玉梅").reporterPhone(mobile())
                    .rating(4, 4, 3).triage(Triage.PRELIMINARY_INQUIRY).triagedOn(day(25));

            add(26, LeadSource.GRID_WORKER, SupervisionField.ECOLOGY, "清溪镇", "清溪村", "五组",
                    "网格员反映：清溪村五组有人在河道旁焚烧秸秆和废旧轮胎，浓烟较大。",
                    VILLAGE, "周振宇").problem("露天焚烧秸秆和废弃物").reporterLiaisonId(rosterReporter())
                    .rating(3, 3, 3).triage(Triage.REFERRED).triagedOn(day(24)).referredTo("清溪镇人民政府");

            add(22, LeadSource.HOTLINE_12345, SupervisionField.LAND, "清溪镇", "金鸡村", "",
                    "12345转办：金鸡村村民反映邻居占用耕地挖塘养鱼。",
                    VILLAGE, "周振宇").problem("占用耕地挖塘养鱼").reporterName("赵德兴").reporterPhone(mobile())
                    .rating(2, 2, 2).triage(Triage.NO_ACTION).triagedOn(day(20))
                    .triageReason("经向镇自然资源所核实，为经批准的设施农用地，不属违法占地。")
                    .fedBackOn(day(19)).feedbackNote("已回复12345平台并告知投诉人核实结果。");

            add(18, LeadSource.HOTLINE_12309, SupervisionField.WORK_SAFETY, "双河街道", "学府社区", "",
                    "12309检察热线来电：货运车辆上下学时段在学府小学门口违规停放装卸，存在安全隐患。",
                    CENTRE, "林晓岚").problem("校园周边交通安全隐患").reporterName("周丽").reporterPhone(mobile())
                    .rating(3, 3, 2).triage(Triage.FILED).triagedOn(day(16))
                    .triageReason("已由交警部门设置禁停标志，存查并列入回访。");

            add(14, LeadSource.ENFORCEMENT_DATA, SupervisionField.ECOLOGY, "石桥镇", "石桥村", "",
                    "综合行政执法数据比对：石桥村一家养殖场两年内因粪污直排被处罚3次，仍未整改。",
                    MOBILE, "唐一鸣").problem("养殖粪污直排")
                    .rating(4, 4, 5);

            add(12, LeadSource.MEDIA, SupervisionField.ECOLOGY, "清溪镇", "红岩村", "",
                    "媒体报道：红岩村一棵挂牌保护的古银杏树被施工方砌台围护，根系受损。",
                    VILLAGE, "周振宇").problem("古树名木保护不力")
                    .rating(4, 3, 3);

            add(9, LeadSource.LIAISON, SupervisionField.MINORS, "崇阳街道", "金桂社区", "",
                    "村社儿童主任反映：金桂社区一名留守儿童长期无人照看、辍学在家。",
                    COMMUNITY, "孟书瑶").problem("留守儿童监护缺失").reporterLiaisonId(rosterReporter())
                    .rating(3, 3, 4);

            add(7, LeadSource.VISIT, SupervisionField.ACCESSIBILITY, "", "", "",
                    "来访群众反映：区政务服务中心无障碍卫生间长期上锁，轮椅使用者无法使用。",
                    CENTRE, "林晓岚").problem("无障碍设施无法使用").reporterName("孙国庆").reporterPhone(mobile())
                    .rating(2, 3, 2);

            add(6, LeadSource.DEPUTY, SupervisionField.FOOD_DRUG, "", "", "",
                    "区人大代表反映：部分外卖平台商家无实体门店，“幽灵厨房”食品安全隐患突出。",
                    CENTRE, "高建平").problem("外卖商家无实体门店").reporterName("刘建华").reporterPhone(mobile())
                    .rating(4, 4, 4);

            add(4, LeadSource.PUBLIC_INTEREST_PLATFORM, SupervisionField.ECOLOGY, "清溪镇", "清溪村", "",
                    "“益心为公”志愿者反映：清溪河上游有人电鱼，河面出现成片死鱼。",
                    VILLAGE, "周振宇").problem("非法电鱼").reporterLiaisonId(rosterReporter())
                    .rating(3, 2, 3);

            add(3, LeadSource.SNAPSHOT_APP, SupervisionField.ECOLOGY, "清溪镇", "清溪村", "三组",
                    "“随手拍”：清溪村三组河段整改后再次出现建筑垃圾倾倒。",
                    VILLAGE, "周振宇").problem("河道垃圾倾倒").reporterLiaisonId(rosterReporter());

            add(2, LeadSource.HOTLINE_12345, SupervisionField.OTHER, "崇阳街道", "崇阳社区", "",
                    "12345转办：崇阳街道一家培训机构停业后拒不退还学员预付费。",
                    CENTRE, "林晓岚").problem("预付费拒不退还")
                    .rating(1, 2, 1);

            add(1, LeadSource.GRID_WORKER, SupervisionField.WORK_SAFETY, "崇阳街道", "金桂社区", "第9网格",
                    "网格员报送：金桂社区一处老旧自建房外墙瓷砖脱落，临街有坠物伤人隐患。",
                    COMMUNITY, "孟书瑶").problem("房屋外墙坠物隐患").reporterName("杨小红").reporterPhone(mobile());
        }

        private Lead.Builder add(int daysAgo, LeadSource source, SupervisionField field, String town, String village,
                                 String grid, String description, String stationKey, String prosecutorName) {
            Lead.Builder b = Lead.builder().receivedOn(day(daysAgo)).source(source).field(field).town(town)
                    .village(village).grid(grid).description(description)
                    .stationId(stationId(stationKey)).prosecutorId(prosecutorId(prosecutorName));
            entries.add(b);
            return b;
        }

        private LocalDate day(int daysAgo) {
            return today.minusDays(daysAgo);
        }

        /** The next roster reporter in turn, or null when no roster was given (the lead is then anonymous). */
        private Long rosterReporter() {
            if (reporters.isEmpty()) {
                return null;
            }
            return reporters.get(nextReporter++ % reporters.size()).id();
        }

        private Long stationId(String key) {
            for (Station s : stations) {
                if (s.name().contains(key)) {
                    return s.id();
                }
            }
            int index = STATION_ORDER.indexOf(key);
            return stations.isEmpty() ? null : stations.get(index % stations.size()).id();
        }

        private Long prosecutorId(String name) {
            for (Prosecutor p : prosecutors) {
                if (p.name().equals(name)) {
                    return p.id();
                }
            }
            int index = PROSECUTOR_ORDER.indexOf(name);
            return prosecutors.isEmpty() ? null : prosecutors.get(index % prosecutors.size()).id();
        }

        private String mobile() {
            StringBuilder sb = new StringBuilder(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]);
            for (int i = 0; i < 8; i++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            return sb.toString();
        }
    }
}
