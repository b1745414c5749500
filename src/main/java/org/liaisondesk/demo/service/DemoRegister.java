package org.liaisondesk.demo.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.roster.service.RecipientService;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitRow;
import org.liaisondesk.register.visits.service.VisitService;
import org.liaisondesk.register.work.service.WorkService;

/**
 * The demo register, every kind of record: stations, prosecutors and visits ({@link DemoVisits}), liaisons and
 * recipient organisations ({@link DemoRoster}), cases ({@link DemoCases}), leads ({@link DemoLeads}) and work
 * done ({@link DemoWork}), then the links that tell the seed stories end to end — the grid worker's lead about
 * timber yards on farmland and the visits about it, linked to the cases that followed — and, given the ladder's
 * service, the recommendations on the ladder ({@link DemoLadder}; the office abbreviation must be set then).
 * Refuses (writing nothing) unless the register is empty.
 */
public final class DemoRegister {
    /** The services the demo writes through (so that every rule of the register applies). */
    public record Services(RosterService roster, VisitService visits, LiaisonService liaisons,
                           RecipientService recipients, ReferenceService reference, LeadService leads,
                           MatterService matters, WorkService work, RecommendationService ladder) {
    }

    /** What was loaded; {@code recommendations} counts the ladder's documents, {@code numbers} the numbers issued. */
    public record Summary(int stations, int prosecutors, int visits, int liaisons, int recipients, int leads,
                          int cases, int activities, int recommendations, int numbers) {
    }

    /** Which leads and visits each demo case came from: a word of the case's name, then words to look for. */
    private static final List<List<String>> STORIES = List.of(
            List.of("木材加工", "木材"),
            List.of("垃圾", "垃圾"),
            List.of("售烟", "烟"),
            List.of("酒吧", "酒吧"),
            List.of("支持起诉", "家暴", "家庭暴力"),
            List.of("劳动报酬", "欠薪", "拖欠"),
            List.of("电镀", "电镀"));

    /** The roster roles that report leads, and those that sit on hearing panels (the generator uses them too). */
    static final Set<String> REPORTER_ROLES = Set.of("网格员", "公益诉讼观察员", "检察联络员", "信息员",
            "\"益心为公\"志愿者");
    static final Set<String> PANEL_ROLES = Set.of("听证员", "人大代表", "政协委员", "人民监督员", "特约检察员");

    private final Services s;
    private final Clock clock;

    public DemoRegister(Services services, Clock clock) {
        this.s = Objects.requireNonNull(services);
        this.clock = Objects.requireNonNull(clock);
    }

    public Summary load(Consumer<String> progress) {
        Consumer<String> say = progress == null ? m -> { } : progress;
        DemoVisits.Summary base = new DemoVisits(s.roster(), s.visits(), clock).load(say);
        var stations = s.roster().stations();
        var prosecutors = s.roster().prosecutors();

        say.accept("正在登记联络员名册…");
        DemoRoster roster = new DemoRoster(s.liaisons(), s.recipients(), s.reference(), clock);
        List<Liaison> liaisons = roster.loadLiaisons(stations);
        List<Recipient> recipientList = roster.loadRecipients();
        int recipients = recipientList.size();
        Map<Long, String> roles = s.reference().list(ReferenceList.LIAISON_ROLE).stream()
                .collect(Collectors.toMap(ReferenceItem::id, ReferenceItem::name));

        say.accept("正在登记案件…");
        DemoCases cases = new DemoCases(s.matters(), s.reference(), clock);
        List<Matter> matters = cases.load(stations, prosecutors);

        say.accept("正在登记线索…");
        List<Lead> leads = new DemoLeads(s.leads(), clock).load(stations, prosecutors,
                liaisons.stream().filter(l -> REPORTER_ROLES.contains(roles.get(l.roleId()))).toList());

        say.accept("正在登记履职活动…");
        int activities = new DemoWork(s.work(), clock).load(stations, prosecutors,
                liaisons.stream().filter(l -> PANEL_ROLES.contains(roles.get(l.roleId()))).toList()).size();

        say.accept("正在关联案件与线索、接访…");
        linkStories(cases, matters, leads);

        say.accept("正在登记检察建议…");
        List<RecommendationDetail> ladder = new DemoLadder(s.ladder(), clock).load(recipientList, matters, leads);
        int recommendations = ladder.size();
        int numbers = (int) ladder.stream().filter(d -> !d.number().isEmpty()).count();

        return new Summary(base.stations(), base.prosecutors(), base.visits(), liaisons.size(), recipients,
                leads.size(), matters.size(), activities, recommendations, numbers);
    }

    /** Links each story's cases to the leads and visits that tell the same story. */
    private void linkStories(DemoCases cases, List<Matter> matters, List<Lead> leads) {
        for (List<String> story : STORIES) {
            List<String> words = story.subList(1, story.size());
            for (Matter m : matters) {
                if (!m.name().contains(story.get(0))) {
                    continue;
                }
                Matter current = m;
                for (Lead lead : leads) {
                    if (words.stream().anyMatch(lead.description()::contains)) {
                        current = cases.link(current, "LEAD", lead.id());
                    }
                }
                for (String word : words) {
                    for (VisitRow v : s.visits().page(VisitQuery.firstPage(20).withText(word)).items()) {
                        current = cases.link(current, "VISIT", v.id());
                    }
                }
            }
        }
    }
}
