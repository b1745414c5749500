package org.liaisondesk.demo.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.register.visits.model.VisitRules;
import org.liaisondesk.register.visits.service.VisitService;

/**
 * Fills an empty register with a realistic demo: six liaison stations, seven prosecutors and about fifty
 * visits over the last five months, built from the stories of real stations (a governance-centre desk,
 * "微检治" village and park stations, a "检察+网格" grid station). Every visit form, category and handling
 * occurs; petitions have running, met and missed clocks; some follow-ups are overdue and some coming up.
 *
 * <p>All dates are counted back from today of the given clock and none lies in the future. The content is
 * deterministic: the only randomness (phone numbers) comes from a fixed seed, so the same day gives the same
 * register. Saves go through {@link RosterService} and {@link VisitService}, so the normal validation applies;
 * the whole content is validated before the first save, so a bad entry cannot leave half a demo behind.
 * Record UUIDs are left to the repositories (random), so a demo that was loaded, deleted and loaded again
 * never collides with its own rows in the recycle bin.
 */
public final class DemoVisits {
    /** The fixed seed of the demo's randomness (the day the "检察+网格" brand was first presented). */
    public static final long SEED = 20241012L;

    public record Summary(int stations, int prosecutors, int visits) {
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final String[] MOBILE_PREFIXES = {"133", "135", "136", "137", "138", "139", "150", "151",
        "152", "158", "159", "166", "177", "180", "181", "182", "183", "187", "188", "189", "199"};

    // Station keys (index into the station list).
    private static final int CENTRE = 0;
    private static final int VILLAGE = 1;
    private static final int COMMUNITY = 2;
    private static final int PARK = 3;
    private static final int MOBILE = 4;
    private static final int GRID = 5;

    // Prosecutor keys (index into the prosecutor list).
    private static final int LIN = 0;
    private static final int ZHOU = 1;
    private static final int MENG = 2;
    private static final int HAN = 3;
    private static final int TANG = 4;
    private static final int XU = 5;
    private static final int GAO = 6;

    private final RosterService roster;
    private final VisitService visits;
    private final Clock clock;

    public DemoVisits(RosterService roster, VisitService visits, Clock clock) {
        this.roster = Objects.requireNonNull(roster, "roster");
        this.visits = Objects.requireNonNull(visits, "visits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Loads the demo into an empty register.
     *
     * @param progress receives short Chinese progress messages (may be called from the caller's thread only)
     * @throws UserFacingException {@code demo.registerNotEmpty} when the register already holds stations,
     *                             prosecutors or live visits; nothing is written then
     */
    public Summary load(Consumer<String> progress) {
        Consumer<String> say = progress == null ? s -> { } : progress;
        say.accept("正在检查登记册…");
        if (!roster.stations().isEmpty() || !roster.prosecutors().isEmpty() || visits.countLive() > 0) {
            throw new UserFacingException("demo.registerNotEmpty");
        }
        Content content = new Content(LocalDate.now(clock), new Random(SEED));
        content.validate();

        say.accept("正在创建联络站…");
        List<Long> stationIds = new ArrayList<>();
        for (Station s : content.stations) {
            stationIds.add(roster.save(s).id());
        }
        say.accept("正在登记检察官…");
        List<Long> prosecutorIds = new ArrayList<>();
        for (ProsecutorDraft p : content.prosecutors) {
            Long home = p.homeStation() < 0 ? null : stationIds.get(p.homeStation());
            Prosecutor saved = roster.save(new Prosecutor(null, null, p.name(), p.phone(), home, p.note()));
            prosecutorIds.add(saved.id());
        }
        int total = content.visits.size();
        int done = 0;
        for (VisitDraft d : content.visits) {
            done++;
            say.accept("正在写入接访记录 " + done + "/" + total + "…");
            visits.save(d.visit().toBuilder()
                    .stationId(stationIds.get(d.station()))
                    .prosecutorId(prosecutorIds.get(d.prosecutor()))
                    .build());
        }
        Summary summary = new Summary(content.stations.size(), content.prosecutors.size(), total);
        say.accept("演示数据已载入：联络站" + summary.stations() + "个，检察官" + summary.prosecutors()
                + "名，接访记录" + summary.visits() + "条。");
        return summary;
    }

    /** A demo prosecutor; {@code homeStation} is an index into the demo's stations, -1 for none. */
    record ProsecutorDraft(String name, String phone, int homeStation, String note) {
    }

    /** The demo's stations, unsaved (the register generator builds on them). */
    static List<Station> sampleStations(LocalDate today) {
        return List.copyOf(new Content(today, new Random(SEED)).stations);
    }

    /** The demo's prosecutors, unsaved, with the index of their home station in {@link #sampleStations}. */
    static List<ProsecutorDraft> sampleProsecutors(LocalDate today) {
        return List.copyOf(new Content(today, new Random(SEED)).prosecutors);
    }

    /** The demo's visits, unsaved and without station or prosecutor (the generator's phrase book). */
    static List<Visit> sampleVisits(LocalDate today) {
        return new Content(today, new Random(SEED)).visits.stream().map(VisitDraft::visit).toList();
    }

    /** A visit whose station and prosecutor are still keys into the demo's own lists. */
    private record VisitDraft(int station, int prosecutor, Visit visit) {
    }

    /** The demo's content as plain data, computed from today and the seeded random source. */
    private static final class Content {
        final LocalDate today;
        final Random random;
        final List<Station> stations = new ArrayList<>();
        final List<ProsecutorDraft> prosecutors = new ArrayList<>();
        final List<VisitDraft> visits = new ArrayList<>();
        private final Map<String, String> phones = new HashMap<>();

        Content(LocalDate today, Random random) {
            this.today = today;
            this.random = random;
            stations();
            prosecutors();
            visitsOlder();
            visitsMiddle();
            visitsRecent();
            visits.sort((a, b) -> a.visit().date().compareTo(b.visit().date()));
        }

        /** Checks everything with the same rules the services apply, before anything is written. */
        void validate() {
            List<String> problems = new ArrayList<>();
            for (Station s : stations) {
                RosterRules.check(s).forEach(p -> problems.add(s.name() + ": " + describe(p)));
            }
            for (ProsecutorDraft p : prosecutors) {
                RosterRules.check(new Prosecutor(null, null, p.name(), p.phone(), null, p.note()))
                        .forEach(fp -> problems.add(p.name() + ": " + describe(fp)));
            }
            for (VisitDraft d : visits) {
                Visit probe = d.visit().toBuilder()
                        .stationId((long) d.station() + 1).prosecutorId((long) d.prosecutor() + 1).build();
                VisitRules.check(probe, today)
                        .forEach(fp -> problems.add(d.visit().date() + " " + d.visit().summary() + ": " + describe(fp)));
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("demo content does not validate: " + problems);
            }
        }

        private static String describe(FieldProblem p) {
            return p.field() + " " + p.messageKey();
        }

        // ------------------------------------------------------------------ roster

        private void stations() {
            station("区综治中心检察服务窗口", StationKind.GOVERNANCE_CENTRE, "区社会治理综合服务中心一楼3号窗口",
                    "控申部门3名干警常驻值守，每周四院领导固定接访；接入12309检察热线，推行“一次性告知”，建立接访工作台账。");
            station("清溪村“微检治”联络站", StationKind.VILLAGE, "清溪镇清溪村党群服务中心",
                    "生态保护联络站。聘任网格员、村社儿童主任为联络员，公益诉讼观察员通过“随手拍”报送线索；重点关注河道垃圾和耕地保护。");
            station("崇阳街道微检治联络站", StationKind.COMMUNITY, "崇阳街道金桂社区服务中心二楼",
                    "开展案例宣传、不起诉宣告、邻里纠纷和婚恋矛盾调解；督导员跟进认罪认罚案件犯罪嫌疑人社会公益服务。");
            station("城西工业园区“微检治”联络站", StationKind.INDUSTRIAL_PARK, "城西工业园区管委会一楼",
                    "为园区企业提供“法治体检”，排查化解涉企矛盾纠纷和劳资纠纷，参与根治欠薪工作。");
            station("“微检治”移动联络站", StationKind.MOBILE, "巡回：各镇（街道）综治中心、村（社区）便民服务点",
                    "“定时到岗+随时约岗”，检察官巡回下沉，赶集日设点接访。");
            station("双河街道“检察+网格”联络站", StationKind.COMMUNITY, "双河街道网格化服务管理中心",
                    "对接街道全部网格，网格员通过工作群报送未成年人保护、公益诉讼线索，普法海报经网格员推送到居民群。");
        }

        private void station(String name, StationKind kind, String address, String note) {
            stations.add(new Station(null, null, name, kind, address, note));
        }

        private void prosecutors() {
            prosecutors.add(new ProsecutorDraft("林晓岚", mobile(), CENTRE, "第一检察部（控告申诉），常驻区综治中心"));
            prosecutors.add(new ProsecutorDraft("周振宇", mobile(), VILLAGE, "公益诉讼检察部，“治理型”检察官团队"));
            prosecutors.add(new ProsecutorDraft("孟书瑶", mobile(), COMMUNITY, "第二检察部，兼任金桂小学法治副校长"));
            prosecutors.add(new ProsecutorDraft("韩立诚", mobile(), PARK, "民事检察部，负责支持起诉和涉企服务"));
            prosecutors.add(new ProsecutorDraft("唐一鸣", mobile(), -1, "检察官助理，轮值巡回下沉"));
            prosecutors.add(new ProsecutorDraft("许静怡", mobile(), GRID, "未成年人检察部，对接网格员"));
            prosecutors.add(new ProsecutorDraft("高建平", mobile(), -1, "副检察长，每周四在区综治中心固定接访"));
        }

        // ------------------------------------------------------------------ visits, oldest first

        private void visitsOlder() {
            add(v(148, CENTRE, LIN, VisitForm.IN_PERSON, VisitCategory.CONSULTATION,
                    "来访人咨询：签订房屋征收补偿协议后认为评估价偏低，能否反悔并起诉。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("张秀英").visitorPhone(mobile())
                    .handlingNote("当场解释协议效力、可申请撤销的情形和行政诉讼期限，建议先与街道征收办协商并保留评估报告。")
                    .concludedOn(after(148, 0)));

            add(v(145, VILLAGE, ZHOU, VisitForm.ONLINE, VisitCategory.LEAD_REPORT,
                    "公益诉讼观察员通过“随手拍”小程序反映，清溪村三组河段沿岸堆放大量生活垃圾和建筑废料，雨季有冲入河道的风险。",
                    Handling.CASE_OPENED)
                    .visitorName("何建国").visitorPhone(mobile())
                    .handlingNote("次日到现场核实，垃圾堆放约200米，属实。作为行政公益诉讼线索立案，向清溪镇人民政府制发检察建议，督促清运并建立河道巡查机制。")
                    .followUpDue(after(145, 70))
                    .followUpResult("回访：垃圾已全部清运，镇政府落实河道专人巡查，并在村规民约中增加禁止倾倒条款。")
                    .concludedOn(after(145, 74)));

            add(v(141, COMMUNITY, MENG, VisitForm.IN_PERSON, VisitCategory.DISPUTE,
                    "金桂社区两户邻居因楼上空调外机滴水、装修噪声多次争吵，一方已报警，矛盾未解决。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("黄桂兰").visitorPhone(mobile()).peopleCount(3)
                    .handlingNote("会同社区人民调解员当面调解：楼上住户加装冷凝水管，约定装修施工时段，双方签订调解协议。")
                    .concludedOn(after(141, 0)));

            add(v(137, PARK, HAN, VisitForm.IN_PERSON, VisitCategory.CONSULTATION,
                    "园区一家机械配件企业的行政负责人咨询劳动合同到期不续签的经济补偿计算，以及员工工伤认定的流程。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("杨志强").visitorPhone(mobile())
                    .handlingNote("逐项解答，提示企业规范签订书面劳动合同、按时足额缴纳工伤保险。")
                    .concludedOn(after(137, 0)));

            add(v(132, GRID, XU, VisitForm.PHONE, VisitCategory.LEAD_REPORT,
                    "网格员来电反映，双河街道一家便利店多次向附近初中学生出售香烟，网格员劝阻后仍未改正。",
                    Handling.CASE_OPENED)
                    .visitorName("冯玉梅").visitorPhone(mobile()).involvesMinor(true)
                    .handlingNote("作为未成年人保护公益诉讼线索立案审查，请网格员协助排查学校周边其他经营户。")
                    .followUpDue(after(132, 21))
                    .followUpResult("排查发现同类经营户4家，已向区市场监管局制发检察建议。")
                    .concludedOn(after(132, 25)));

            add(v(128, CENTRE, GAO, VisitForm.IN_PERSON, VisitCategory.PETITION,
                    "信访人之子在故意伤害案中受伤致残，加害人无赔偿能力，家庭生活困难，多次到区里上访要求解决。",
                    Handling.CASE_OPENED)
                    .visitorName("邓世友").visitorPhone(mobile())
                    .visitorIdNumber(idNumber("430211", LocalDate.of(1963, 4, 17), 135))
                    .handlingNote("副检察长接访。按司法救助案件受理，经审查符合条件，向申请人发放司法救助金1万元。")
                    .noticeSentOn(after(128, 3))
                    .followUpResult("已当面答复并送达司法救助决定书，信访人表示息诉罢访。")
                    .concludedOn(after(128, 41)));

            add(v(124, MOBILE, TANG, VisitForm.CIRCUIT, VisitCategory.CONSULTATION,
                    "在石桥镇赶集日设点接访，群众集中咨询土地流转合同、赡养费和电信诈骗防范等问题。",
                    Handling.ANSWERED_ON_SPOT)
                    .peopleCount(9)
                    .handlingNote("逐一解答，发放民法典和反诈普法资料60余份。")
                    .concludedOn(after(124, 0)));

            add(v(120, VILLAGE, ZHOU, VisitForm.CIRCUIT, VisitCategory.LEAD_REPORT,
                    "巡田中发现清溪村五组一处农用地被用于木材加工和晾晒，地面已部分硬化，疑似改变耕地用途。",
                    Handling.CASE_OPENED)
                    .handlingNote("会同熟悉当地情况的网格员组成调查组，并请其他网格员排查类似情况，共发现3家木材加工厂侵占农用地，作为系列案件立案。")
                    .followUpDue(after(120, 7))
                    .followUpResult("一周内完成集中走访，调取了土地流转合同、卫星影像等证据，由个案办理转为类案治理。")
                    .concludedOn(after(120, 8)));

            add(v(117, VILLAGE, ZHOU, VisitForm.HOME_VISIT, VisitCategory.REPORT,
                    "走访木材加工厂周边村民，村民举报加工厂夜间作业噪声大，木屑堆放堵塞灌溉沟渠。",
                    Handling.REFERRED)
                    .visitorName("曾庆林").visitorPhone(mobile()).peopleCount(4)
                    .referredTo("区自然资源局、清溪镇人民政府")
                    .handlingNote("移送依法处理，与本院立案的耕地保护系列案件一并跟进。")
                    .followUpDue(after(117, 30))
                    .followUpResult("区自然资源局已对两家加工厂立案查处，沟渠已清理。")
                    .concludedOn(after(117, 36)));

            add(v(113, COMMUNITY, MENG, VisitForm.IN_PERSON, VisitCategory.OTHER,
                    "在联络站对一起邻里纠纷引发的轻伤害案件公开宣告不起诉，邀请人民监督员和社区居民代表旁听，以案释法。",
                    Handling.ANSWERED_ON_SPOT)
                    .peopleCount(16)
                    .handlingNote("宣告后当场解答旁听居民关于刑事和解、赔偿谅解的提问。")
                    .concludedOn(after(113, 0)));

            add(v(110, PARK, HAN, VisitForm.IN_PERSON, VisitCategory.ACCUSATION,
                    "园区一家建筑劳务公司拖欠18名农民工工资约32万元，包工头已失联，工人代表来站控告。",
                    Handling.REFERRED)
                    .visitorName("刘德福").visitorPhone(phoneOf("刘德福")).peopleCount(5)
                    .visitorIdNumber(idNumber("500118", LocalDate.of(1976, 9, 3), 211))
                    .referredTo("区人力资源和社会保障局劳动保障监察大队")
                    .handlingNote("当即联系监察大队上门核查；登记工人名单和欠薪凭证，告知工人可申请检察机关支持起诉。")
                    .followUpDue(after(110, 30))
                    .followUpResult("监察大队责令限期支付，已追回工资24万元；其余6名工人的欠薪另案支持起诉。")
                    .concludedOn(after(110, 45)));

            add(v(106, GRID, XU, VisitForm.HOME_VISIT, VisitCategory.CONSULTATION,
                    "网格员陪同走访。罗某长期遭受丈夫家暴，想离婚并争取两个孩子的抚养权，担心请不起律师、证据不足。",
                    Handling.CASE_OPENED)
                    .visitorName("罗春梅").visitorPhone(mobile()).involvesMinor(true)
                    .handlingNote("经审查符合条件，以民事支持起诉案件受理；协助调取报警记录、就医病历和告诫书固定证据，联系法律援助律师。")
                    .followUpDue(after(106, 45))
                    .followUpResult("检察官陪同出庭并宣读支持起诉意见书，法院判决准予离婚，两个孩子由罗某抚养。")
                    .concludedOn(after(106, 72)));

            add(v(102, CENTRE, LIN, VisitForm.HOTLINE_12309, VisitCategory.ACCUSATION,
                    "来电控告：其被邻居打伤后报警，派出所受案三个月仍未作出处理决定。",
                    Handling.CASE_OPENED)
                    .visitorName("吴晓东").visitorPhone(mobile())
                    .handlingNote("作为侦查活动监督线索受理，已向派出所了解案件进展并要求书面说明情况。")
                    .followUpDue(after(102, 30))
                    .followUpResult("派出所已作出行政处罚决定并送达双方，来电人对结果表示认可。")
                    .concludedOn(after(102, 34)));

            add(v(98, MOBILE, TANG, VisitForm.CIRCUIT, VisitCategory.DISPUTE,
                    "在桃源村巡回接访时，两兄弟因老宅宅基地边界和母亲赡养费分摊发生纠纷，争执多年。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("彭丽华").peopleCount(3)
                    .handlingNote("会同村调解委员会调解：兄弟二人每月各付赡养费600元，宅基地边界以原分家协议为准并现场确认。")
                    .concludedOn(after(98, 0)));

            add(v(95, COMMUNITY, MENG, VisitForm.LETTER, VisitCategory.APPEAL,
                    "申诉人来信，不服区法院买卖合同纠纷一审判决，认为法院未采纳其提交的送货单证据，申请民事监督。",
                    Handling.ONE_TIME_NOTICE)
                    .visitorName("郑国华").visitorPhone(mobile())
                    .visitorIdNumber(idNumber("510184", LocalDate.of(1971, 11, 26), 317))
                    .handlingNote("书面一次性告知：应先向法院申请再审；需补充生效判决书、再审申请书及法院裁定书、证据清单和身份证明。")
                    .followUpDue(after(95, 20))
                    .followUpResult("申诉人补齐材料后，已转民事检察部门审查。")
                    .concludedOn(after(95, 22)));

            add(v(92, CENTRE, GAO, VisitForm.IN_PERSON, VisitCategory.PETITION,
                    "信访人反映其承包的鱼塘进水渠被邻村村民堵塞，多次找村委会未果，认为镇政府处理不公。",
                    Handling.REFERRED)
                    .visitorName("袁志勇").visitorPhone(mobile()).peopleCount(2)
                    .referredTo("清溪镇人民政府")
                    .handlingNote("副检察长接访，转镇政府办理并约定共同回访。")
                    .noticeSentOn(after(92, 4))
                    .followUpResult("镇政府组织疏通水渠，重新划定两村用水时段，信访人对处理结果满意。")
                    .concludedOn(after(92, 55)));

            add(v(89, GRID, XU, VisitForm.ONLINE, VisitCategory.LEAD_REPORT,
                    "网格员通过“检察+网格”工作群报送：双河街道一家酒吧周末晚间接待多名未成年人饮酒，未查验身份证件。",
                    Handling.REFERRED)
                    .visitorName("苏红霞").visitorPhone(mobile()).involvesMinor(true)
                    .referredTo("区文化市场综合执法大队")
                    .handlingNote("移送查处，同步通报辖区派出所，未检部门跟进监督。")
                    .followUpDue(after(89, 30))
                    .followUpResult("执法大队已对该酒吧立案查处并责令整改，街道在辖区娱乐场所张贴禁止接待未成年人标识。")
                    .concludedOn(after(89, 33)));

            add(v(86, PARK, HAN, VisitForm.HOME_VISIT, VisitCategory.OTHER,
                    "到园区3家企业开展“法治体检”，围绕合同履约、债权债务和劳资关系提示法律风险。",
                    Handling.ANSWERED_ON_SPOT)
                    .peopleCount(6)
                    .handlingNote("收集企业诉求2条，已反馈园区管委会。")
                    .concludedOn(after(86, 0)));

            add(v(83, VILLAGE, ZHOU, VisitForm.PHONE, VisitCategory.REPORT,
                    "村民来电举报有人在清溪河上游电鱼，每周两三次，多在夜间。",
                    Handling.REFERRED)
                    .visitorPhone(mobile())
                    .referredTo("区农业农村局")
                    .handlingNote("举报人不愿留名。已移送渔政执法部门，请网格员留意夜间情况。")
                    .followUpDue(after(83, 20))
                    .followUpResult("渔政执法人员夜间蹲守，查获电鱼人员2名，已移送公安机关。")
                    .concludedOn(after(83, 27)));

            add(v(80, CENTRE, LIN, VisitForm.IN_PERSON, VisitCategory.CONSULTATION,
                    "交通肇事案被害人家属咨询司法救助申请条件。被害人重伤，肇事人无力赔偿，家庭因医疗费用陷入困难。",
                    Handling.ONE_TIME_NOTICE)
                    .visitorName("蒋翠萍").visitorPhone(mobile())
                    .handlingNote("一次性告知申请材料：救助申请书、身份证明、判决书或案件材料、医疗费票据、村委会或街道出具的家庭经济困难证明。")
                    .followUpDue(after(80, 15))
                    .followUpResult("申请人已提交全部材料，转控告申诉部门按司法救助案件审查。")
                    .concludedOn(after(80, 16)));
        }

        private void visitsMiddle() {
            add(v(77, COMMUNITY, MENG, VisitForm.IN_PERSON, VisitCategory.PETITION,
                    "信访人反映小区物业公司拒不公开维修资金收支，业主多次向街道反映未果。",
                    Handling.REFERRED)
                    .visitorName("范建军").visitorPhone(mobile()).peopleCount(3)
                    .referredTo("崇阳街道办事处、区住房和城乡建设局")
                    .handlingNote("转办并函请住建局对物业服务企业开展检查。")
                    .noticeSentOn(after(77, 6))
                    .followUpResult("住建局责令物业公司公示近三年维修资金收支，业委会已核对，信访人表示满意。")
                    .concludedOn(after(77, 52)));

            add(v(74, MOBILE, TANG, VisitForm.HOME_VISIT, VisitCategory.CONSULTATION,
                    "随村社儿童主任走访留守儿童家庭，祖父母咨询孩子父母长期不支付抚养费怎么办。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("秦淑芬").involvesMinor(true).peopleCount(2)
                    .handlingNote("解释可通过诉讼追索抚养费并可申请法律援助，请儿童主任持续关注孩子生活和就学情况。")
                    .concludedOn(after(74, 0)));

            add(v(71, GRID, XU, VisitForm.ONLINE, VisitCategory.LEAD_REPORT,
                    "从12345热线转办记录中筛查发现，双河街道某小区周边餐饮店违规使用瓶装液化气、占用消防通道，半年内被投诉7次，群众对处理结果不满意。",
                    Handling.CASE_OPENED)
                    .handlingNote("成案指数评为5星；实地核实属实，作为公益诉讼线索立案，拟向区应急管理局制发诉前检察建议。")
                    .followUpDue(after(71, 60))
                    .followUpResult("区应急管理局会同街道开展燃气安全专项整治，消防通道已清理。")
                    .concludedOn(after(71, 64)));

            add(v(68, PARK, HAN, VisitForm.PHONE, VisitCategory.DISPUTE,
                    "园区两家企业因货款结算发生纠纷，一方扣留对方送货车辆，双方情绪激动。",
                    Handling.REFERRED)
                    .visitorName("廖文斌").visitorPhone(mobile())
                    .referredTo("城西工业园区人民调解委员会")
                    .handlingNote("提示扣车行为的法律风险，转园区调委会调解，检察官参与。")
                    .followUpDue(after(68, 10))
                    .followUpResult("双方达成分期付款协议，车辆已归还。")
                    .concludedOn(after(68, 12)));

            add(v(65, CENTRE, LIN, VisitForm.HOTLINE_12309, VisitCategory.CONSULTATION,
                    "来电咨询其弟涉嫌危险驾驶被取保候审，能否适用认罪认罚从宽，能否通过参加社区公益服务争取从宽处理。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("贺小军").visitorPhone(mobile())
                    .handlingNote("介绍认罪认罚从宽制度和社会公益服务考察机制，告知由承办检察官依法审查决定。")
                    .concludedOn(after(65, 0)));

            add(v(63, VILLAGE, ZHOU, VisitForm.IN_PERSON, VisitCategory.LEAD_REPORT,
                    "村社儿童主任反映，一名初中学生辍学后在村口修车铺打工，每天工作十小时以上。",
                    Handling.REFERRED)
                    .visitorName("陶春燕").visitorPhone(mobile()).involvesMinor(true)
                    .referredTo("区教育局、区人力资源和社会保障局")
                    .handlingNote("督促落实控辍保学，同时核查修车铺是否违法使用童工。")
                    .followUpDue(after(63, 30))
                    .followUpResult("学生已返校就读，人社部门对修车铺作出行政处罚。")
                    .concludedOn(after(63, 35)));

            add(v(60, CENTRE, GAO, VisitForm.LETTER, VisitCategory.ACCUSATION,
                    "来信控告村委会主任在征地补偿款分配中优亲厚友、虚报冒领。",
                    Handling.REFERRED)
                    .visitorName("雷光明")
                    .referredTo("区纪委监委")
                    .handlingNote("属监察机关管辖，已依规移送并书面告知控告人。")
                    .concludedOn(after(60, 7)));

            add(v(58, COMMUNITY, MENG, VisitForm.HOME_VISIT, VisitCategory.OTHER,
                    "督导员反馈：一名危险驾驶案犯罪嫌疑人在社区参加道路协勤和垃圾分类服务，约定40小时已完成32小时。",
                    Handling.ANSWERED_ON_SPOT)
                    .handlingNote("核对服务记录，请督导员在服务完成后出具《社会公益服务情况评价表》。")
                    .followUpDue(after(58, 14))
                    .followUpResult("已完成全部40小时，评价为良好，评价表已附卷。")
                    .concludedOn(after(58, 15)));

            add(v(57, VILLAGE, ZHOU, VisitForm.PHONE, VisitCategory.PETITION,
                    "信访人来电反映，其承包地在村里调地后面积减少近一亩，要求恢复原承包面积。",
                    Handling.ONE_TIME_NOTICE)
                    .visitorName("龙海波").visitorPhone(mobile())
                    .handlingNote("一次性告知需补充承包合同、土地确权证书和村民小组会议记录；已电话联系村委会了解调地经过。")
                    .noticeSentOn(after(57, 6)));

            add(v(55, MOBILE, TANG, VisitForm.CIRCUIT, VisitCategory.LEAD_REPORT,
                    "巡回接访时村民反映，白鹤村一棵百年黄葛树被人砍去主要枝干，树下还有人倾倒建筑垃圾。",
                    Handling.REFERRED)
                    .visitorName("邹永福").visitorPhone(mobile())
                    .referredTo("区林业局")
                    .handlingNote("拍照固定现场，移送古树名木主管部门核查，公益诉讼部门同步关注。")
                    .followUpDue(after(55, 30))
                    .followUpResult("林业局已对古树挂牌保护并追查砍伐人，建筑垃圾已清运。")
                    .concludedOn(after(55, 38)));

            add(v(52, CENTRE, LIN, VisitForm.IN_PERSON, VisitCategory.CONSULTATION,
                    "来访人咨询民间借贷纠纷的诉讼时效，借条没有写还款日期，出借已满四年。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("谢明珍").visitorPhone(mobile())
                    .handlingNote("解释未约定还款期限的诉讼时效起算规则，建议尽快书面催告并保留证据。")
                    .concludedOn(after(52, 0)));

            add(v(50, PARK, HAN, VisitForm.HOTLINE_12309, VisitCategory.REPORT,
                    "园区企业员工来电举报，一家电镀厂夜间通过雨水管偷排废水，附近沟渠水体发黄。",
                    Handling.CASE_OPENED)
                    .handlingNote("举报人匿名。会同区生态环境局夜间取样，检出重金属超标，作为公益诉讼案件立案。")
                    .followUpDue(after(50, 30))
                    .followUpResult("生态环境局已对该厂立案处罚，企业完成雨污分流改造。")
                    .concludedOn(after(50, 40)));

            add(v(48, CENTRE, GAO, VisitForm.IN_PERSON, VisitCategory.PETITION,
                    "信访人反映其养殖场被划入禁养区后关停，补偿款至今未到位，涉及行政争议。",
                    Handling.REFERRED)
                    .visitorName("曹德明").visitorPhone(mobile())
                    .visitorIdNumber(idNumber("510184", LocalDate.of(1969, 2, 8), 153))
                    .referredTo("区农业农村局、清溪镇人民政府")
                    .handlingNote("属行政争议实质性化解范围，已会同区农业农村局、镇政府召开协调会；需评估补偿标准，经批准延长办理期限30日。")
                    .noticeSentOn(after(48, 5))
                    .resultExtended(true));

            add(v(45, GRID, XU, VisitForm.ONLINE, VisitCategory.CONSULTATION,
                    "居民在网格员转发的普法海报下留言咨询：老人被推销保健品花了两万多元，能否退款、是否属于诈骗。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("潘美玲").visitorPhone(mobile())
                    .handlingNote("线上答复退款途径和报警条件，提示保留购买凭证，已推送养老诈骗防范提示。")
                    .concludedOn(after(45, 1)));

            add(v(42, MOBILE, TANG, VisitForm.IN_PERSON, VisitCategory.PETITION,
                    "信访人到石桥镇综治中心反映其家庭低保资格被取消，认为审核不公。",
                    Handling.REFERRED)
                    .visitorName("丁玉珍").visitorPhone(mobile())
                    .referredTo("区民政局")
                    .handlingNote("转民政局复核，检察官参与入户核查。")
                    .noticeSentOn(after(42, 5))
                    .followUpResult("民政局复核后恢复其低保资格，已书面答复信访人。")
                    .concludedOn(after(42, 30)));

            add(v(40, COMMUNITY, MENG, VisitForm.ONLINE, VisitCategory.APPEAL,
                    "申诉人在网上申诉，不服法院在交通事故损害赔偿案件中作出的终结本次执行程序裁定。",
                    Handling.ONE_TIME_NOTICE)
                    .visitorName("韦海燕").visitorPhone(mobile())
                    .handlingNote("一次性告知需提交执行裁定书、执行异议及复议材料、被执行人财产线索。")
                    .followUpDue(after(40, 30)));
        }

        private void visitsRecent() {
            add(v(37, GRID, XU, VisitForm.PHONE, VisitCategory.LEAD_REPORT,
                    "网格员来电报送：双河街道滨河路3处窨井盖破损下沉，已有电动车骑行人摔伤。",
                    Handling.REFERRED)
                    .visitorName("钟建华").visitorPhone(phoneOf("钟建华"))
                    .referredTo("区城市管理局")
                    .handlingNote("移送并提示设置警示标识；公益诉讼部门将跟进整改。")
                    .followUpDue(after(37, 20))
                    .followUpResult("3处窨井盖已更换，城管局开展全街道排查。")
                    .concludedOn(after(37, 24)));

            add(v(35, COMMUNITY, MENG, VisitForm.IN_PERSON, VisitCategory.REPORT,
                    "居民举报社区菜市场一个摊位长期销售过期散装熟食，购买后家人出现腹泻。",
                    Handling.REFERRED)
                    .visitorName("汪秀兰").visitorPhone(mobile())
                    .referredTo("区市场监管局")
                    .handlingNote("移送查处，请网格员协助了解其他摊位的散装食品标签情况。")
                    .followUpDue(today.minusDays(6)));

            add(v(33, PARK, HAN, VisitForm.IN_PERSON, VisitCategory.CONSULTATION,
                    "园区企业负责人咨询：发现财务人员利用职务便利侵占公司货款，应当如何报案、准备哪些材料。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("顾志华").visitorPhone(mobile())
                    .handlingNote("解释职务侵占罪的立案标准，告知向公安机关报案需准备的账目、合同和转账凭证。")
                    .concludedOn(after(33, 0)));

            add(v(30, GRID, XU, VisitForm.ONLINE, VisitCategory.PETITION,
                    "信访人通过网上信访平台反映，其在旧城改造拆迁安置中被少算面积12平方米，街道答复后仍不服。",
                    Handling.PENDING)
                    .visitorName("石国庆").visitorPhone(mobile())
                    .handlingNote("已调取征收补偿协议，待约见街道征收办核实测绘数据。"));

            add(v(27, VILLAGE, ZHOU, VisitForm.HOME_VISIT, VisitCategory.OTHER,
                    "回访清溪村三组河段，检查检察建议整改后的长效机制运行情况。",
                    Handling.ANSWERED_ON_SPOT)
                    .peopleCount(2)
                    .handlingNote("河道保持清洁，巡查记录齐全；提醒镇政府汛期加密巡查。")
                    .concludedOn(after(27, 0)));

            add(v(25, MOBILE, TANG, VisitForm.CIRCUIT, VisitCategory.LEAD_REPORT,
                    "巡回接访时群众反映，石桥镇中学附近盲道被商户长期占用堆放货物，视障居民出行困难。",
                    Handling.PENDING)
                    .visitorName("胡德兵").visitorPhone(mobile())
                    .handlingNote("拟组织现场核实，核实后评估是否作为无障碍环境公益诉讼线索。")
                    .followUpDue(today.minusDays(3)));

            add(v(23, CENTRE, LIN, VisitForm.IN_PERSON, VisitCategory.DISPUTE,
                    "区综治中心移交一起因琐事引发的轻伤害案件，双方均有和解意愿。",
                    Handling.CASE_OPENED)
                    .peopleCount(4)
                    .handlingNote("检调对接，以刑事和解案件受理；组织双方当面协商，加害方赔偿医疗费等2.8万元，被害人出具谅解书。")
                    .concludedOn(after(23, 9)));

            add(v(20, PARK, HAN, VisitForm.IN_PERSON, VisitCategory.PETITION,
                    "6名农民工反映某建筑公司拖欠劳务费，劳动仲裁裁决生效后公司仍拒不支付，工人无力聘请律师。",
                    Handling.CASE_OPENED)
                    .visitorName("刘德福").visitorPhone(phoneOf("刘德福")).peopleCount(4)
                    .handlingNote("以民事支持起诉案件受理，已调取仲裁裁决书、考勤记录和工资条。")
                    .noticeSentOn(after(20, 5))
                    .followUpDue(today.plusDays(2)));

            add(v(17, CENTRE, GAO, VisitForm.HOTLINE_12309, VisitCategory.REPORT,
                    "来电举报某镇卫生院药房有过期药品仍在发放，并提供了药盒照片。",
                    Handling.REFERRED)
                    .visitorPhone(mobile())
                    .referredTo("区卫生健康委员会、区市场监管局")
                    .handlingNote("举报人要求保密，已按规定对其身份保密后移送。")
                    .followUpDue(today.plusDays(10)));

            add(v(15, VILLAGE, ZHOU, VisitForm.HOME_VISIT, VisitCategory.LEAD_REPORT,
                    "回访3家木材加工厂，其中一家已复垦，另外两家仍有木料堆放在农用地上。",
                    Handling.CASE_OPENED)
                    .peopleCount(2)
                    .handlingNote("拟向区自然资源局制发类案检察建议，督促对农用地非农化问题开展专项排查。")
                    .followUpDue(today.plusDays(12)));

            add(v(12, GRID, XU, VisitForm.HOME_VISIT, VisitCategory.CONSULTATION,
                    "随网格员走访独居老人，老人咨询子女不履行赡养义务、拒绝探望如何维权。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("黎桂芳")
                    .visitorIdNumber(idNumber("500118", LocalDate.of(1948, 7, 19), 42))
                    .handlingNote("解释赡养费诉讼和支持起诉条件，联系社区协调其子女见面协商。")
                    .followUpDue(today.plusDays(5)));

            add(v(11, COMMUNITY, MENG, VisitForm.LETTER, VisitCategory.PETITION,
                    "多名业主联名来信，反映小区开发商逾期三年未办理不动产权证，多次向街道反映无果。",
                    Handling.REFERRED)
                    .visitorName("魏立新").visitorPhone(mobile()).peopleCount(12)
                    .referredTo("区住房和城乡建设局")
                    .handlingNote("转办并函告区不动产登记中心协助查明办证障碍。")
                    .noticeSentOn(after(11, 4)));

            add(v(9, GRID, XU, VisitForm.PHONE, VisitCategory.DISPUTE,
                    "网格员来电：两户居民因楼道堆放杂物和宠物狗咬伤赔偿发生争执，矛盾有激化苗头。",
                    Handling.PENDING)
                    .visitorName("钟建华").visitorPhone(phoneOf("钟建华")).peopleCount(2)
                    .handlingNote("已约定与社区调解员一起上门调解。")
                    .followUpDue(today.plusDays(1)));

            add(v(7, MOBILE, TANG, VisitForm.CIRCUIT, VisitCategory.OTHER,
                    "到双河小学开展防欺凌、防性侵法治课，发放未成年人保护宣传册。",
                    Handling.ANSWERED_ON_SPOT)
                    .involvesMinor(true).peopleCount(85)
                    .handlingNote("课后解答学生和老师提问，向学校提示强制报告制度。")
                    .concludedOn(after(7, 0)));

            add(v(6, CENTRE, LIN, VisitForm.IN_PERSON, VisitCategory.CONSULTATION,
                    "来访人咨询对区市场监管局作出的罚款决定不服，应申请行政复议还是直接起诉。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("孔令军").visitorPhone(mobile())
                    .handlingNote("解释行政复议和行政诉讼的期限与选择，告知可向区司法局提出复议申请。")
                    .concludedOn(after(6, 0)));

            add(v(4, CENTRE, LIN, VisitForm.IN_PERSON, VisitCategory.PETITION,
                    "信访人反映其母亲在养老机构摔伤骨折，机构拒绝承担责任，向民政部门投诉后未获答复。",
                    Handling.PENDING)
                    .visitorName("马丽君").visitorPhone(mobile())
                    .visitorIdNumber(idNumber("430211", LocalDate.of(1972, 5, 30), 264))
                    .handlingNote("已登记并收取就医材料，拟与区民政局沟通后书面告知是否受理。"));

            LocalDate minorVisit = workday(today.minusDays(2));
            add(v(2, COMMUNITY, MENG, VisitForm.IN_PERSON, VisitCategory.CONSULTATION,
                    "一名高中生在母亲陪同下来站咨询：在网上兼职“刷单”被骗3000元，还曾把银行卡借给网友使用，担心自己涉嫌违法。",
                    Handling.ANSWERED_ON_SPOT)
                    .visitorName("田雨萱").visitorPhone(mobile()).peopleCount(2).involvesMinor(true)
                    .visitorIdNumber(idNumber("510184", minorVisit.minusYears(16).minusDays(97), 128))
                    .handlingNote("陪同其到派出所报案；讲解出租出借银行卡的法律后果，建议立即注销该卡，通知学校开展反诈教育。")
                    .concludedOn(after(2, 0)));
        }

        // ------------------------------------------------------------------ helpers

        private void add(Draft d) {
            visits.add(new VisitDraft(d.station, d.prosecutor, d.builder.build()));
        }

        /** A visit received {@code daysAgo} days ago (moved back to the Friday when that is a weekend). */
        private Draft v(int daysAgo, int station, int prosecutor, VisitForm form, VisitCategory category,
                        String summary, Handling handling) {
            LocalDate date = workday(today.minusDays(daysAgo));
            Visit.Builder b = Visit.builder().date(date).form(form).category(category).summary(summary)
                    .handling(handling);
            return new Draft(station, prosecutor, b);
        }

        /** {@code days} after the visit received {@code daysAgo} days ago, never after today. */
        private LocalDate after(int daysAgo, int days) {
            LocalDate d = workday(today.minusDays(daysAgo)).plusDays(days);
            return d.isAfter(today) ? today : d;
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

        /** The same number each time a person comes back (a grid worker, a workers' representative). */
        private String phoneOf(String person) {
            return phones.computeIfAbsent(person, p -> mobile());
        }

        private String mobile() {
            StringBuilder sb = new StringBuilder(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]);
            for (int i = 0; i < 8; i++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            return sb.toString();
        }
    }

    /** A visit being built, with the keys of its station and prosecutor. */
    private static final class Draft {
        final int station;
        final int prosecutor;
        final Visit.Builder builder;

        Draft(int station, int prosecutor, Visit.Builder builder) {
            this.station = station;
            this.prosecutor = prosecutor;
            this.builder = builder;
        }

        Draft visitorName(String s) { builder.visitorName(s); return this; }
        Draft visitorPhone(String s) { builder.visitorPhone(s); return this; }
        Draft visitorIdNumber(String s) { builder.visitorIdNumber(s); return this; }
        Draft peopleCount(int n) { builder.peopleCount(n); return this; }
        Draft involvesMinor(boolean b) { builder.involvesMinor(b); return this; }
        Draft handlingNote(String s) { builder.handlingNote(s); return this; }
        Draft referredTo(String s) { builder.referredTo(s); return this; }
        Draft followUpDue(LocalDate d) { builder.followUpDue(d); return this; }
        Draft followUpResult(String s) { builder.followUpResult(s); return this; }
        Draft noticeSentOn(LocalDate d) { builder.noticeSentOn(d); return this; }
        Draft resultExtended(boolean b) { builder.resultExtended(b); return this; }
        Draft concludedOn(LocalDate d) { builder.concludedOn(d); return this; }
    }

    /**
     * A valid 18-character resident ID number: region code, birth date, a 3-digit sequence (odd for men)
     * and the GB 11643 check character.
     */
    static String idNumber(String region6, LocalDate birth, int sequence) {
        if (region6.length() != 6 || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("bad region or sequence");
        }
        String first17 = region6 + String.format("%04d%02d%02d%03d",
                birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK_CHARACTERS.charAt(sum % 11);
    }
}
