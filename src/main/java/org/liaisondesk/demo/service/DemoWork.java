package org.liaisondesk.demo.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.work.model.PanelMember;
import org.liaisondesk.register.work.model.ServiceSession;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkRules;
import org.liaisondesk.register.work.service.WorkService;

/**
 * Demo work done: 36 activities of every kind over the last five months, scaled down from the stories of real
 * stations — disputes mediated and resolved at six stations (79 in the report), 20,000 yuan of judicial aid paid
 * at the governance-centre desk, lenient-plea suspects doing community service (47 people, close to 1,800 hours
 * in the report: here five people with 36 to 60 hours each), public hearings with deputies and hearing officers on
 * the panel, publicity at schools and markets, non-prosecution announcements and circuit trials.
 *
 * <p>Deterministic: dates count back from today of the clock (never into the future) and the only randomness
 * (service sessions) comes from a fixed seed. Everything is validated with {@link WorkRules} before the first
 * save, and saved through {@link WorkService}.
 */
public final class DemoWork {
    /** The seed of the demo's randomness (the day the Jin'an "five roles" team was reported). */
    public static final long SEED = 20201022L;

    private static final int CENTRE = 0;
    private static final int VILLAGE = 1;
    private static final int COMMUNITY = 2;
    private static final int PARK = 3;
    private static final int MOBILE = 4;
    private static final int GRID = 5;

    private final WorkService work;
    private final Clock clock;

    public DemoWork(WorkService work, Clock clock) {
        this.work = Objects.requireNonNull(work, "work");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Saves the demo activities. Stations are chosen by kind (the governance-centre desk for judicial aid, village,
     * community, park and mobile stations for the rest) and prosecutors by their home station; {@code panel} are
     * the roster members who may sit on hearing panels (deputies, hearing officers, people's supervisors). Any
     * list may be empty: the activities then go without station, prosecutor or panel.
     *
     * @return the saved activities, oldest first
     */
    public List<WorkActivity> load(List<Station> stations, List<Prosecutor> prosecutors, List<Liaison> panel) {
        Content content = new Content(LocalDate.now(clock), new Random(SEED), new Places(stations, prosecutors),
                panel.stream().map(l -> new PanelMember(l.id(), l.name(), "")).toList());
        content.validate();
        List<WorkActivity> saved = new ArrayList<>();
        for (WorkActivity a : content.activities) {
            saved.add(work.save(a));
        }
        return saved;
    }

    /** The demo's activities, unsaved and without station, prosecutor or panel (the generator's phrase book). */
    static List<WorkActivity> sampleWork(LocalDate today) {
        return List.copyOf(new Content(today, new Random(SEED), new Places(List.of(), List.of()), List.of()).activities);
    }

    /** The stations the stories happen at, found by kind, and each station's own prosecutor. */
    private static final class Places {
        private final List<Station> stations;
        private final List<Prosecutor> prosecutors;
        private final Station[] byRole = new Station[6];

        Places(List<Station> stations, List<Prosecutor> prosecutors) {
            this.stations = stations;
            this.prosecutors = prosecutors;
            byRole[CENTRE] = ofKind(StationKind.GOVERNANCE_CENTRE, 0, CENTRE);
            byRole[VILLAGE] = ofKind(StationKind.VILLAGE, 0, VILLAGE);
            byRole[COMMUNITY] = ofKind(StationKind.COMMUNITY, 0, COMMUNITY);
            byRole[PARK] = ofKind(StationKind.INDUSTRIAL_PARK, 0, PARK);
            byRole[MOBILE] = ofKind(StationKind.MOBILE, 0, MOBILE);
            byRole[GRID] = ofKind(StationKind.COMMUNITY, 1, GRID);
        }

        private Station ofKind(StationKind kind, int nth, int fallback) {
            List<Station> matching = stations.stream().filter(s -> s.kind() == kind).toList();
            if (matching.size() > nth) {
                return matching.get(nth);
            }
            return stations.isEmpty() ? null : stations.get(fallback % stations.size());
        }

        Long station(int role) {
            return byRole[role] == null ? null : byRole[role].id();
        }

        /** The prosecutor whose home is the station, else one taken in turn. */
        Long prosecutor(int role, int turn) {
            Station s = byRole[role];
            if (s != null) {
                for (Prosecutor p : prosecutors) {
                    if (s.id().equals(p.stationId())) {
                        return p.id();
                    }
                }
            }
            return prosecutors.isEmpty() ? null : prosecutors.get(turn % prosecutors.size()).id();
        }
    }

    /** The demo's activities as plain data, computed from today and the seeded random source. */
    private static final class Content {
        final LocalDate today;
        final Random random;
        final Places places;
        final List<PanelMember> panelPool;
        final List<WorkActivity> activities = new ArrayList<>();
        private int hearings;

        Content(LocalDate today, Random random, Places places, List<PanelMember> panelPool) {
            this.today = today;
            this.random = random;
            this.places = places;
            this.panelPool = panelPool;
            mediations();
            judicialAid();
            hearings();
            publicity();
            communityService();
            announcementsAndTrials();
            activities.sort((a, b) -> a.heldOn().compareTo(b.heldOn()));
        }

        void validate() {
            List<String> problems = new ArrayList<>();
            for (WorkActivity a : activities) {
                for (FieldProblem p : WorkRules.check(a, today)) {
                    problems.add(a.title() + ": " + p.field() + " " + p.messageKey());
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("demo work does not validate: " + problems);
            }
        }

        // ------------------------------------------------------------------ 矛盾纠纷化解

        private void mediations() {
            add(at(150, VILLAGE, WorkKind.MEDIATION, "清溪村宅基地边界纠纷调解")
                    .place("清溪村党群服务中心").parties("罗永康、罗永平")
                    .mediator("清溪村人民调解委员会 刘国栋").channel("人民调解")
                    .outcome("双方确认以确权图为界，签订调解协议，越界围墙由罗永平自行拆除。").resolved(true));
            add(at(138, COMMUNITY, WorkKind.MEDIATION, "金桂社区楼上漏水邻里纠纷")
                    .place("金桂社区服务中心").parties("何淑芬、黄建明")
                    .mediator("社区人民调解员 吴丽").channel("人民调解")
                    .outcome("楼上业主承担防水维修费用1800元，当场履行完毕。").resolved(true));
            add(at(124, PARK, WorkKind.MEDIATION, "园区模具企业拖欠12名工人工资纠纷")
                    .place("城西工业园区管委会调解室").parties("唐志强、冯建中")
                    .mediator("园区劳动争议调解中心 冯敏").channel("检调对接")
                    .outcome("企业分两期支付拖欠工资共计9.6万元，首期已到账；工人代表撤回集体上访。").resolved(true));
            add(at(110, CENTRE, WorkKind.MEDIATION, "邻里斗殴致轻伤案件刑事和解")
                    .place("区综治中心调解室").parties("周宏成、李建华")
                    .mediator("承办检察官、镇综治中心调解员").channel("刑事和解")
                    .outcome("加害方赔偿医疗费、误工费等3.2万元，被害人出具谅解书，依法作出相对不起诉决定。").resolved(true));
            add(at(96, MOBILE, WorkKind.MEDIATION, "赶集日现场化解土地流转租金纠纷")
                    .place("清源镇农贸市场“微检治”服务点").parties("陈大勇、曾庆林")
                    .mediator("移动联络站检察官、村调解员").channel("人民调解")
                    .outcome("明确租金按年支付，合作社补付上年欠租4500元。").resolved(true));
            add(at(82, GRID, WorkKind.MEDIATION, "双河街道婚恋矛盾调解")
                    .place("双河街道网格化服务管理中心").parties("钟晓燕、杨小军")
                    .mediator("网格员钟建华、心理咨询师宋佳").channel("人民调解")
                    .outcome("双方就子女抚养达成初步共识，财产分割仍有分歧，约定一个月后再次调解。").resolved(false));
            add(at(70, CENTRE, WorkKind.MEDIATION, "征地补偿款分配信访积案化解")
                    .place("区综治中心").parties("邓文富、邓文贵")
                    .mediator("控申检察官、清溪镇政府工作人员").channel("信访化解")
                    .outcome("联合镇政府核实分配方案并公开说明，信访人签署息诉罢访承诺书。").resolved(true));
            add(at(58, COMMUNITY, WorkKind.MEDIATION, "违建拆除补偿行政争议实质性化解")
                    .place("崇阳街道微检治联络站").parties("马国庆")
                    .mediator("行政检察官、区综合行政执法局").channel("行政争议实质性化解")
                    .outcome("执法局重新评估补偿标准，当事人撤回行政诉讼。").resolved(true));
            add(at(44, PARK, WorkKind.MEDIATION, "园区两家企业货款结算纠纷检调对接")
                    .place("城西工业园区人民调解委员会").parties("谢光明、彭德华")
                    .mediator("园区调委会、民事检察官").channel("检调对接")
                    .outcome("双方达成分期付款协议，被扣送货车辆已归还。").resolved(true));
            add(at(30, VILLAGE, WorkKind.MEDIATION, "村民犬只咬伤邻居赔偿纠纷")
                    .place("清溪村村委会").parties("苏长林、蒋桂兰")
                    .mediator("网格员、村调解员").channel("人民调解")
                    .outcome("饲养人赔偿医疗费、疫苗费2600元并承诺拴养。").resolved(true));
            add(at(16, GRID, WorkKind.MEDIATION, "楼道堆物及宠物伤人邻里纠纷")
                    .place("双河街道某小区").parties("孙立平、郭玉梅")
                    .mediator("社区调解员、网格员钟建华").channel("人民调解")
                    .outcome("双方清理楼道杂物，宠物主人赔偿狂犬疫苗费用，握手言和。").resolved(true));
            add(at(5, MOBILE, WorkKind.MEDIATION, "农民工讨要劳务费纠纷现场调处")
                    .place("城西工业园区建筑工地").parties("刘德福、王家兵")
                    .mediator("民事检察官、园区劳动争议调解中心").channel("检调对接")
                    .outcome("公司承诺月底前支付部分劳务费；检察机关同步以民事支持起诉案件跟进。").resolved(false));
        }

        // ------------------------------------------------------------------ 司法救助 (20,000 yuan paid)

        private void judicialAid() {
            add(at(120, CENTRE, WorkKind.JUDICIAL_AID, "交通肇事案被害人司法救助")
                    .applicantName("蒋翠萍")
                    .applicantIdNumber(DemoVisits.idNumber("510184", LocalDate.of(1968, 3, 14), 226))
                    .amountApprovedFen(800_000L).amountPaidFen(800_000L)
                    .outcome("被害人重伤、肇事人无赔偿能力，家庭因医致贫；经检察长审批，救助金8000元一次性发放到位。"));
            add(at(90, CENTRE, WorkKind.JUDICIAL_AID, "未成年被害人司法救助")
                    .applicantName("冯梓涵")
                    .applicantIdNumber(DemoVisits.idNumber("510184", today.minusYears(13).minusDays(41), 64))
                    .amountApprovedFen(500_000L).amountPaidFen(500_000L)
                    .outcome("联合区妇联、学校开展心理疏导，救助金由法定代理人领取，专用于康复治疗。"));
            add(at(60, CENTRE, WorkKind.JUDICIAL_AID, "民事申诉案件申请人司法救助")
                    .applicantName("韦德胜")
                    .applicantIdNumber(DemoVisits.idNumber("430211", LocalDate.of(1955, 9, 2), 135))
                    .amountApprovedFen(400_000L).amountPaidFen(400_000L)
                    .outcome("申请人年老体弱、生活困难，申诉案件已息诉，发放救助金4000元。"));
            add(at(25, CENTRE, WorkKind.JUDICIAL_AID, "故意伤害案被害人司法救助")
                    .applicantName("郑春梅")
                    .amountApprovedFen(500_000L).amountPaidFen(300_000L)
                    .outcome("分期发放：首期3000元已到账，余款待审批手续完成后发放。"));
        }

        // ------------------------------------------------------------------ 公开听证

        private void hearings() {
            add(at(130, CENTRE, WorkKind.HEARING, "张某危险驾驶案拟不起诉公开听证")
                    .place("区综治中心听证室").hearingType("拟不起诉案件听证").panel(nextPanel())
                    .outcome("听证员一致认为犯罪嫌疑人认罪认罚、已完成社会公益服务，同意作出相对不起诉决定。"));
            add(at(100, COMMUNITY, WorkKind.HEARING, "盗窃案犯罪嫌疑人羁押必要性审查公开听证")
                    .place("崇阳街道微检治联络站").hearingType("羁押必要性审查听证").panel(nextPanel())
                    .outcome("听证员认为无继续羁押必要，建议变更为取保候审，纳入社区“五员”小组监管。"));
            add(at(65, VILLAGE, WorkKind.HEARING, "清溪河河道垃圾整治公益诉讼公开听证")
                    .place("清溪村党群服务中心").hearingType("公益诉讼听证").panel(nextPanel())
                    .outcome("听证员建议向清溪镇政府制发诉前检察建议，督促限期清理并建立巡河机制。"));
            add(at(35, CENTRE, WorkKind.HEARING, "社保待遇认定行政争议公开听证")
                    .place("区综治中心听证室").hearingType("行政争议听证").panel(nextPanel())
                    .outcome("当事人与区人力资源和社会保障局当场达成和解意向，约定十五日内重新核定待遇。"));
        }

        /** Three roster members in turn (deputies, hearing officers, supervisors), fewer when the roster is short. */
        private List<PanelMember> nextPanel() {
            List<PanelMember> panel = new ArrayList<>();
            for (int i = 0; i < Math.min(3, panelPool.size()); i++) {
                panel.add(panelPool.get((hearings * 3 + i) % panelPool.size()));
            }
            hearings++;
            return panel.stream().distinct().toList();
        }

        // ------------------------------------------------------------------ 普法宣传

        private void publicity() {
            add(at(145, GRID, WorkKind.PUBLICITY, "双河小学防范校园欺凌法治课")
                    .place("双河小学").topic("防范校园欺凌、防性侵").audienceCount(320).involvesMinor(true)
                    .note("法治副校长授课，课后向学校提示强制报告制度。"));
            add(at(118, MOBILE, WorkKind.PUBLICITY, "赶集日普法：防范养老诈骗")
                    .place("清源镇农贸市场").topic("防范养老诈骗").audienceCount(260)
                    .note("设点发放宣传册，现场解答群众咨询。"));
            add(at(88, COMMUNITY, WorkKind.PUBLICITY, "民法典进社区以案释法")
                    .place("金桂社区服务中心").topic("民法典婚姻家庭编、继承编").audienceCount(85));
            add(at(62, PARK, WorkKind.PUBLICITY, "园区企业法治体检暨根治欠薪宣讲")
                    .place("城西工业园区管委会").topic("保障农民工工资支付条例").audienceCount(140));
            add(at(40, VILLAGE, WorkKind.PUBLICITY, "林盘说法：耕地保护以案释法")
                    .place("清溪村院坝").topic("耕地保护、农用地非农化").audienceCount(110)
                    .note("结合木材加工厂占用农用地系列案件讲解。"));
            add(at(12, GRID, WorkKind.PUBLICITY, "市场商户拒绝向未成年人售烟售酒宣传")
                    .place("双河农贸市场").topic("未成年人保护法").audienceCount(64)
                    .note("网格员陪同逐户发放告知书，商户签署承诺书。"));
        }

        // ------------------------------------------------------------------ 认罪认罚社会公益服务

        private void communityService() {
            service(105, 40, "危险驾驶案犯罪嫌疑人社会公益服务（道路协勤）", "黄志伟", "道路交通协勤",
                    "按时到岗，服从交警指挥，督导员评价为“优秀”；《社会公益服务情况评价表》已出具。");
            service(90, 36, "危险驾驶案犯罪嫌疑人社会公益服务（垃圾分类）", "林浩然", "垃圾分类督导",
                    "服务认真，主动向居民宣传“隔夜酒”驾车危害，评价为“良好”。");
            service(72, 40, "盗窃案犯罪嫌疑人社会公益服务（共享单车整理）", "谭小龙", "整理共享单车",
                    "服务期间表现稳定，社区随机抽调的2名志愿者考察无异常，评价为“良好”。");
            service(50, 48, "非法经营案犯罪嫌疑人社会公益服务（电动车换牌）", "袁建国", "协助办理电动车换牌",
                    "熟悉业务后主动承担咨询引导，评价为“优秀”。");
            service(30, 60, "危险驾驶案犯罪嫌疑人社会公益服务（两违管控宣传）", "曾凡宇", "参与两违管控宣传",
                    "按要求完成服务，评价为“合格”。");
        }

        /**
         * Sessions of 4 to 8 hours every 3 to 6 days from the start, until the hours agreed are done or yesterday is
         * reached; a completed service has its assessment.
         */
        private void service(int daysAgo, int agreed, String title, String suspect, String task, String assessment) {
            LocalDate start = workday(today.minusDays(daysAgo));
            List<ServiceSession> log = new ArrayList<>();
            int done = 0;
            LocalDate day = start.plusDays(2);
            while (done < agreed && day.isBefore(today)) {
                int hours = Math.min(4 + random.nextInt(5), agreed - done);
                log.add(ServiceSession.of(day, hours, task));
                done += hours;
                day = day.plusDays(3 + random.nextInt(4));
            }
            add(at(daysAgo, COMMUNITY, WorkKind.COMMUNITY_SERVICE, title)
                    .place("前横社区").parties(suspect).hoursAgreed(agreed).serviceLog(log)
                    .assessment(done >= agreed ? assessment : "")
                    .note("社区随机抽调2名志愿者考察服务情况，督导员出具评价表，作为是否不起诉的重要依据。"));
        }

        // ------------------------------------------------------------------ 不起诉宣告, 巡回审判

        private void announcementsAndTrials() {
            add(at(40, COMMUNITY, WorkKind.NON_PROSECUTION_ANNOUNCEMENT, "黄志伟危险驾驶案不起诉公开宣告")
                    .place("金桂社区服务中心").parties("黄志伟")
                    .outcome("邀请人大代表、社区干部参加，当众宣读不起诉决定书并进行训诫教育。"));
            add(at(55, VILLAGE, WorkKind.NON_PROSECUTION_ANNOUNCEMENT, "邱家乐盗窃案不起诉公开宣告")
                    .place("清溪村党群服务中心").parties("邱家乐")
                    .outcome("宣告后组织村民旁听，以案释法。"));
            add(at(20, CENTRE, WorkKind.NON_PROSECUTION_ANNOUNCEMENT, "未成年人附条件不起诉决定宣告")
                    .place("区检察院未成年人检察工作室").parties("严子轩").involvesMinor(true)
                    .outcome("不公开进行，法定代理人、合适成年人到场，明确考验期内应遵守的规定。"));
            add(at(75, MOBILE, WorkKind.CIRCUIT_TRIAL, "非法捕捞水产品案巡回审判")
                    .place("清源镇文化广场").parties("雷正发")
                    .outcome("区法院当庭宣判，检察官出庭支持公诉并以案释法，村民80余人旁听。"));
            add(at(28, VILLAGE, WorkKind.CIRCUIT_TRIAL, "滥伐林木案巡回审判")
                    .place("清溪村院坝").parties("钱贵生、钱贵林")
                    .outcome("被告人当庭认罪，判决补植复绿，检察机关提起的刑事附带民事公益诉讼获支持。"));
        }

        // ------------------------------------------------------------------ helpers

        private WorkActivity.Builder at(int daysAgo, int role, WorkKind kind, String title) {
            return WorkActivity.builder().kind(kind).heldOn(workday(today.minusDays(daysAgo))).title(title)
                    .stationId(places.station(role)).prosecutorId(places.prosecutor(role, activities.size()));
        }

        private void add(WorkActivity.Builder b) {
            activities.add(b.build());
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
