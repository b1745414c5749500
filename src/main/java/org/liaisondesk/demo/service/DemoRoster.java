package org.liaisondesk.demo.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.roster.service.RecipientService;

/**
 * The demo's roster beyond stations and prosecutors: about forty liaisons and volunteers (mostly grid workers
 * of the "检察+网格" stations, plus public-interest observers, deputies, committee members, people's supervisors,
 * hearing panel members, "益心为公" volunteers, children's directors and a counsellor), and the directory of
 * recipient organisations with their superior authorities (the district government over its departments and
 * the towns; the district people's congress and the Party committee at the top).
 *
 * <p>Deterministic: phone numbers and appointment dates come from a fixed seed, dates are counted back from
 * today of the clock and none lies in the future. Everything is checked with the services' own rules before
 * the first save, and saved through the services.
 */
public final class DemoRoster {
    /** The fixed seed of the roster's randomness. */
    public static final long SEED = 20240601L;

    private static final String[] MOBILE_PREFIXES = {"133", "135", "137", "138", "139", "151", "158", "166", "177",
        "180", "182", "187", "189", "199"};

    /** Name, role, a word of the station's name ("" for none), grid, note. */
    private static final String[][] LIAISONS = {
        {"王秀英", "网格员", "清溪", "清溪村第1网格", "兼任村妇联执委，熟悉家庭纠纷"},
        {"李春梅", "网格员", "清溪", "清溪村第3网格", "负责清溪河沿岸巡查，通过“随手拍”报送河道垃圾问题"},
        {"张德明", "网格员", "清溪", "清溪村第5网格", ""},
        {"刘桂兰", "网格员", "清溪", "清溪镇五星村第2网格", "协助核查耕地“非农化”线索"},
        {"陈建国", "网格员", "清溪", "清溪镇五星村第4网格", "曾协助排查木材加工厂占用耕地问题"},
        {"杨玉珍", "网格员", "崇阳", "金桂社区第3网格", ""},
        {"赵志强", "网格员", "崇阳", "金桂社区第7网格", "社区退役军人服务站志愿者"},
        {"黄丽华", "网格员", "崇阳", "金桂社区第12网格", "辖区有两家网吧、一家酒吧，关注未成年人出入"},
        {"周文斌", "网格员", "崇阳", "蜀州社区第2网格", ""},
        {"吴晓燕", "网格员", "双河", "滨河社区第1网格", "报送向未成年人售烟线索"},
        {"徐海涛", "网格员", "双河", "滨河社区第4网格", ""},
        {"孙丽娟", "网格员", "双河", "红光社区第6网格", "把“以案释法”海报推送到居民群"},
        {"马国平", "网格员", "双河", "红光社区第9网格", ""},
        {"朱红梅", "网格员", "双河", "观音岩社区第2网格", "告知家暴受害妇女可申请支持起诉"},
        {"胡建军", "网格员", "工业园区", "城西工业园区第1网格", "园区企业劳资纠纷信息员"},
        {"郭小兵", "网格员", "工业园区", "城西工业园区第2网格", ""},
        {"何淑芬", "网格员", "移动", "石桥镇场镇第2网格", "赶集日协助设点接访"},
        {"高文华", "网格员", "移动", "石桥镇新桥村第3网格", ""},
        {"罗永福", "网格员", "移动", "石桥镇石桥村第1网格", "熟悉土地流转合同纠纷"},
        {"梁晓红", "网格员", "综治中心", "双河街道城南社区第5网格", "综治中心专职网格员，对接12345转办件"},
        {"宋明辉", "网格员", "清溪", "清溪村第2网格", ""},
        {"郑春燕", "网格员", "双河", "滨河社区第7网格", ""},
        {"谢国强", "公益诉讼观察员", "清溪", "", "退休环保干部，关注河道和耕地保护"},
        {"韩雪梅", "公益诉讼观察员", "双河", "", "食品安全社会监督员"},
        {"唐志远", "公益诉讼观察员", "移动", "", "关注无障碍设施和红色资源保护"},
        {"冯建华", "人大代表", "清溪", "", "区人大代表，清溪镇选区"},
        {"邓丽萍", "人大代表", "崇阳", "", "区人大代表，参与督导认罪认罚公益服务"},
        {"曹振东", "人大代表", "工业园区", "", "区人大代表，园区企业负责人"},
        {"彭淑华", "政协委员", "综治中心", "", "区政协委员，律师"},
        {"曾凡荣", "政协委员", "双河", "", "区政协委员，民营企业家"},
        {"萧永红", "人民监督员", "崇阳", "", "参加不起诉宣告并发表监督意见"},
        {"田志刚", "人民监督员", "综治中心", "", ""},
        {"董玉兰", "听证员", "崇阳", "", "社区人民调解员"},
        {"袁晓东", "听证员", "综治中心", "", "高校法学教师"},
        {"潘建平", "听证员", "工业园区", "", "园区工会主席"},
        {"蒋佳怡", "\"益心为公\"志愿者", "清溪", "", "通过“益心为公”平台报送线索"},
        {"蔡文博", "\"益心为公\"志愿者", "双河", "", "大学生志愿者"},
        {"余海燕", "\"益心为公\"志愿者", "移动", "", ""},
        {"杜秀兰", "村社儿童主任", "清溪", "清溪村", "留守儿童关爱"},
        {"叶小琴", "村社儿童主任", "双河", "滨河社区", ""},
        {"程思远", "心理咨询师", "崇阳", "", "国家二级心理咨询师，参与未成年被害人心理疏导"},
        {"魏长林", "检察联络员", "综治中心", "", "区信访局联络员"},
    };

    /** Name, superior ("" for none), address, contact, note. Superiors come before the units under them. */
    private static final String[][] RECIPIENTS = {
        {"中共崇溪区委", "", "崇溪区人民路1号", "", "专项法律监督报告的报送对象"},
        {"崇溪区人大常委会", "", "崇溪区人民路3号", "", "专项法律监督报告的报送对象"},
        {"崇溪区人民政府", "", "崇溪区人民路1号", "办公室 刘主任", "抄送和逐级报告的上级机关"},
        {"区市场监督管理局", "崇溪区人民政府", "崇溪区政务服务中心B座", "食品安全科 赵科长", "食品药品、向未成年人售烟酒"},
        {"区自然资源局", "崇溪区人民政府", "崇溪区建设路18号", "耕地保护监督科 钱科长", "耕地保护、违法占地"},
        {"区生态环境局", "崇溪区人民政府", "崇溪区建设路20号", "执法大队 孙队长", "河道污染、固体废物"},
        {"区教育局", "崇溪区人民政府", "崇溪区文化路6号", "安全稳定科 李科长", "校园周边环境、未成年人保护"},
        {"区农业农村局", "崇溪区人民政府", "崇溪区建设路22号", "", "农村人居环境、耕地“非粮化”"},
        {"区人力资源和社会保障局", "崇溪区人民政府", "崇溪区政务服务中心C座", "劳动保障监察大队 周队长", "根治欠薪"},
        {"区应急管理局", "崇溪区人民政府", "崇溪区建设路30号", "", "安全生产"},
        {"区住房和城乡建设局", "崇溪区人民政府", "崇溪区建设路12号", "", "建筑工地、物业管理"},
        {"区卫生健康局", "崇溪区人民政府", "崇溪区文化路10号", "", "医疗机构、心理健康服务"},
        {"清溪镇人民政府", "崇溪区人民政府", "清溪镇政府路1号", "综治办 吴主任", "河道垃圾、耕地保护"},
        {"石桥镇人民政府", "崇溪区人民政府", "石桥镇场镇正街8号", "综治办 陈主任", ""},
        {"崇阳街道办事处", "崇溪区人民政府", "崇阳街道蜀州中路1号", "平安办 郑主任", "娱乐场所接待未成年人"},
        {"双河街道办事处", "崇溪区人民政府", "双河街道滨河路2号", "网格化服务管理中心 王主任", ""},
    };

    /** The demo's liaisons: name, role, a word of the station's name, grid, note (the generator builds on them). */
    static List<List<String>> sampleLiaisons() {
        return java.util.Arrays.stream(LIAISONS).map(List::of).toList();
    }

    /** The demo's recipient organisations: name, superior ("" for none), address, contact, note; superiors first. */
    static List<List<String>> sampleRecipients() {
        return java.util.Arrays.stream(RECIPIENTS).map(List::of).toList();
    }

    private final LiaisonService liaisons;
    private final RecipientService recipients;
    private final ReferenceService reference;
    private final Clock clock;

    public DemoRoster(LiaisonService liaisons, RecipientService recipients, ReferenceService reference, Clock clock) {
        this.liaisons = Objects.requireNonNull(liaisons, "liaisons");
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Saves the demo liaisons, each at the station whose name holds its key word (清溪, 崇阳, 双河, 工业园区,
     * 移动, 综治中心), or at none when {@code stations} has no such station. A role missing from the role list
     * (renamed or deleted by the user) is added back.
     *
     * @return the saved liaisons, in the order of the demo
     */
    public List<Liaison> loadLiaisons(List<Station> stations) {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(SEED);
        Map<String, Long> roles = reference.idsByName(ReferenceList.LIAISON_ROLE);
        List<Liaison> drafts = new ArrayList<>();
        for (String[] d : LIAISONS) {
            Long stationId = stations.stream().filter(s -> !d[2].isEmpty() && s.name().contains(d[2]))
                    .map(Station::id).findFirst().orElse(null);
            LocalDate appointed = today.minusDays(60 + random.nextInt(900));
            drafts.add(new Liaison(null, null, d[0], null, stationId, d[3], mobile(random), appointed, d[4]));
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Liaison withSomeRole = withRole(drafts.get(i), 0L);
            for (FieldProblem p : RosterRules.check(withSomeRole, today)) {
                problems.add(withSomeRole.name() + ": " + p.field() + " " + p.messageKey());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo liaisons do not validate: " + problems);
        }
        List<Liaison> saved = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String roleName = LIAISONS[i][1];
            Long roleId = roles.computeIfAbsent(roleName,
                    name -> reference.save(ReferenceItem.draft(ReferenceList.LIAISON_ROLE, name)).id());
            saved.add(liaisons.save(withRole(drafts.get(i), roleId)));
        }
        return saved;
    }

    /**
     * Saves the directory of recipient organisations with their superiors.
     *
     * @return the saved organisations, superiors first
     */
    public List<Recipient> loadRecipients() {
        Random random = new Random(SEED + 1);
        List<String> problems = new ArrayList<>();
        List<Recipient> drafts = new ArrayList<>();
        for (String[] d : RECIPIENTS) {
            // Landlines of the district: area code 028 and eight digits.
            String phone = d[3].isEmpty() ? "" : "028-8" + (1000000 + random.nextInt(9000000));
            Recipient draft = new Recipient(null, null, d[0], null, d[2], d[3], phone, d[4]);
            RosterRules.check(draft).forEach(p -> problems.add(d[0] + ": " + p.field() + " " + p.messageKey()));
            drafts.add(draft);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo recipients do not validate: " + problems);
        }
        Map<String, Long> ids = new HashMap<>();
        List<Recipient> saved = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Recipient d = drafts.get(i);
            String superior = RECIPIENTS[i][1];
            Recipient stored = recipients.save(new Recipient(null, null, d.name(),
                    superior.isEmpty() ? null : ids.get(superior), d.address(), d.contact(), d.phone(), d.note()));
            ids.put(stored.name(), stored.id());
            saved.add(stored);
        }
        return saved;
    }

    private static Liaison withRole(Liaison l, Long roleId) {
        return new Liaison(l.id(), l.uuid(), l.name(), roleId, l.stationId(), l.grid(), l.phone(), l.appointedOn(),
                l.note());
    }

    private static String mobile(Random random) {
        StringBuilder sb = new StringBuilder(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]);
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
