package org.liaisondesk.desk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.desk.model.DeskGroup;
import org.liaisondesk.desk.model.DeskItem;
import org.liaisondesk.desk.model.DeskSection;
import org.liaisondesk.desk.model.DeskSummary;
import org.liaisondesk.desk.model.OpenTarget;
import org.liaisondesk.ladder.model.DueItem;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.model.LeadRow;
import org.liaisondesk.register.leads.model.LeadSort;
import org.liaisondesk.register.leads.model.LookAlike;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitDeadlines;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitRow;
import org.liaisondesk.register.visits.model.VisitSort;
import org.liaisondesk.register.visits.service.VisitService;
import org.liaisondesk.settings.model.Settings;

/**
 * The desk (工作台): what needs attention today, gathered from the services that own each kind of record —
 * the ladder's due list (replies overdue and due soon, objections waiting, return visits due), the petitions
 * whose 15-day notice or 60-day result limit is near or passed (the visit log's own "due" filter, so near means
 * the reminder lead time of the settings and is counted from the visit log's today), and the leads whose source
 * has not been told (the lead register's 未反馈 filter, oldest first). Each section lists at most
 * {@link #ROWS_PER_SECTION} items, the most urgent first, with the count of all. Texts are masked.
 */
public final class DeskService {
    /** How many items a section lists at most; the heading counts all of them. */
    public static final int ROWS_PER_SECTION = 10;
    /** How many characters of a lead's description or a visit's summary an item shows. */
    static final int EXCERPT_LENGTH = 40;

    private final RecommendationService ladder;
    private final LeadService leads;
    private final VisitService visits;
    private final Supplier<Settings> settings;
    private final Clock clock;

    public DeskService(RecommendationService ladder, LeadService leads, VisitService visits,
                       Supplier<Settings> settings, Clock clock) {
        this.ladder = Objects.requireNonNull(ladder, "ladder");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.visits = Objects.requireNonNull(visits, "visits");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate currentDate() {
        return LocalDate.now(clock);
    }

    /** The desk of the current date. */
    public DeskSummary today() {
        return today(currentDate());
    }

    /** The desk as it stands on {@code asOf}. Reads only; several short queries. */
    public DeskSummary today(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Settings s = settings.get();
        Map<DeskSection, DeskGroup> groups = new EnumMap<>(DeskSection.class);
        groups.putAll(ladderGroups(asOf));
        groups.put(DeskSection.PETITION_DUE, petitions(asOf));
        groups.put(DeskSection.LEAD_NOT_TOLD, leadsNotTold(asOf));
        List<DeskGroup> ordered = new ArrayList<>();
        for (DeskSection section : DeskSection.values()) {
            ordered.add(groups.getOrDefault(section, new DeskGroup(section, 0, List.of())));
        }
        return new DeskSummary(asOf, s.getLadder().getDueSoonDays(), s.getReminderLeadDays(), ordered);
    }

    /** The ladder's due list, already most urgent first within each kind, cut to a page per section. */
    private Map<DeskSection, DeskGroup> ladderGroups(LocalDate asOf) {
        Map<DeskSection, List<DeskItem>> bySection = new EnumMap<>(DeskSection.class);
        for (DueItem due : ladder.due(asOf)) {
            DeskSection section = sectionOf(due.kind());
            bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(item(section, due, asOf));
        }
        Map<DeskSection, DeskGroup> groups = new EnumMap<>(DeskSection.class);
        bySection.forEach((section, items) -> groups.put(section, new DeskGroup(section, items.size(),
                items.subList(0, Math.min(ROWS_PER_SECTION, items.size())))));
        return groups;
    }

    static DeskSection sectionOf(DueItem.Kind kind) {
        return switch (kind) {
            case REPLY_OVERDUE -> DeskSection.REPLY_OVERDUE;
            case REPLY_DUE_SOON -> DeskSection.REPLY_DUE_SOON;
            case OBJECTION_WAITING -> DeskSection.OBJECTION_WAITING;
            case RETURN_VISIT_DUE -> DeskSection.RETURN_VISIT_DUE;
        };
    }

    private static DeskItem item(DeskSection section, DueItem due, LocalDate asOf) {
        String title = due.number().isEmpty() ? due.title() : due.number() + " " + due.title();
        String detail = due.recipientName() + " · " + Messages.tr(due.tier().messageKey());
        OpenTarget target = OpenTarget.recommendation(due.recommendationId());
        return switch (section) {
            case OBJECTION_WAITING -> new DeskItem(section, target, null, due.since(), daysBetween(due.since(), asOf),
                    "desk.deadline.objection", title, detail, false);
            case RETURN_VISIT_DUE -> new DeskItem(section, target, due.dueOn(), null, daysBetween(asOf, due.dueOn()),
                    "desk.deadline.returnVisit", title, detail, false);
            default -> new DeskItem(section, target, due.dueOn(), null, daysBetween(asOf, due.dueOn()),
                    "desk.deadline.reply", title, detail, false);
        };
    }

    /** Open petitions with a limit within the reminder lead time or passed, the earliest limit first. */
    private DeskGroup petitions(LocalDate asOf) {
        VisitQuery query = new VisitQuery("", null, null, null, null, null, VisitCategory.PETITION, StatusFilter.DUE,
                false, VisitSort.NEXT_DUE, false, null, ROWS_PER_SECTION);
        List<DeskItem> items = new ArrayList<>();
        for (VisitRow row : visits.page(query).items()) {
            if (row.nextDue() == null) {
                continue;
            }
            String visitor = Masking.maskName(row.visitorName());
            if (visitor.isEmpty()) {
                visitor = Messages.tr("desk.anonymous");
            }
            if (row.peopleCount() > 1) {
                visitor = Messages.tr("desk.people", visitor, row.peopleCount());
            }
            String title = Messages.tr(row.category().messageKey()) + " · " + visitor + " · " + row.stationName();
            String detail = LookAlike.excerpt(Masking.maskNamesIn(row.summary(), row.visitorName()), EXCERPT_LENGTH);
            items.add(new DeskItem(DeskSection.PETITION_DUE, OpenTarget.visit(row.id()), row.nextDue(), null,
                    daysBetween(asOf, row.nextDue()), petitionDeadline(row), title, detail, row.involvesMinor()));
        }
        long total = visits.count(query);
        return new DeskGroup(DeskSection.PETITION_DUE, total, items);
    }

    /** Which limit the visit's next date is: the written notice (15 days), the result (60 days), or a follow-up. */
    private String petitionDeadline(VisitRow row) {
        return visits.find(row.id()).map(v -> petitionDeadline(v, visits.deadlinesOf(v), row.nextDue()))
                .orElse("desk.deadline.followUp");
    }

    static String petitionDeadline(Visit v, VisitDeadlines d, LocalDate next) {
        if (v.noticeSentOn() == null && next.equals(d.noticeDue())) {
            return "desk.deadline.petitionNotice";
        }
        if (next.equals(d.resultDue())) {
            return "desk.deadline.petitionResult";
        }
        return "desk.deadline.followUp";
    }

    /** Leads studied and not fed back, the longest waiting first (by the day they came in). */
    private DeskGroup leadsNotTold(LocalDate asOf) {
        LeadQuery query = LeadQuery.firstPage(ROWS_PER_SECTION).withNotFedBack(true).withSort(LeadSort.RECEIVED, false);
        List<DeskItem> items = new ArrayList<>();
        for (LeadRow row : leads.page(query).items()) {
            LocalDate since = row.triagedOn() != null ? row.triagedOn() : row.receivedOn();
            // Data screening and the media have no reporter to name.
            String reporter = Masking.maskName(row.reporterName());
            String title = Messages.tr(row.source().messageKey()) + (reporter.isEmpty() ? "" : " · " + reporter)
                    + " · " + Messages.tr(row.triage().messageKey());
            String detail = LookAlike.excerpt(Masking.maskNamesIn(row.description(), row.reporterName()),
                    EXCERPT_LENGTH);
            items.add(new DeskItem(DeskSection.LEAD_NOT_TOLD, OpenTarget.lead(row.id()), null, since,
                    daysBetween(since, asOf), "desk.deadline.feedback", title, detail,
                    row.field() == SupervisionField.MINORS));
        }
        return new DeskGroup(DeskSection.LEAD_NOT_TOLD, leads.count(query), items);
    }

    private static long daysBetween(LocalDate from, LocalDate to) {
        return from == null || to == null ? 0 : ChronoUnit.DAYS.between(from, to);
    }
}
