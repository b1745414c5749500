package org.liaisondesk.demo.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.demo.data.GeneratedRows;
import org.liaisondesk.demo.data.GeneratedRows.Batch;
import org.liaisondesk.demo.data.GeneratedRows.Table;
import org.liaisondesk.demo.service.DemoCases.SampleCase;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadRating;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitDeadlines;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.storage.Database;

/**
 * Fills an empty register with a large, realistic, reproducible register for benchmarks: the demo's roster grown
 * to a district (24 stations, 40 prosecutors, about 500 liaisons, the recipient organisations and every town's
 * government), then {@code records} records — visits ~45 %, leads ~25 %, cases ~12 %, work done ~15 %,
 * recommendations ~3 % — dated over the five years before the clock's today. Texts come from the demo register's
 * own stories ({@link DemoVisits}, {@link DemoLeads}, {@link DemoCases}, {@link DemoWork}) with generated people
 * and places; ID numbers carry a valid check character; minors and victims of domestic violence occur, so masking
 * has something to hide. Recommendations live a realistic ladder ({@link GeneratedLadder}).
 *
 * <p>Deterministic: one random source seeded with {@code seed} drives everything, and every date and timestamp is
 * derived from the records' own dates, so the same seed, number of records and clock give the same rows, UUIDs
 * included.
 *
 * <p>Written in batches of {@value #BATCH_RECORDS} records, each its own transaction with the same mix of kinds:
 * memory stays flat, progress is reported after each batch and a cancel (asked between batches) leaves a smaller
 * register of whole batches. <b>No audit rows are written</b>: a generated register is for measuring, not a record of
 * anyone's work. The full-text indexes are kept by the schema's own triggers, so every committed batch is
 * searchable and a cancelled or killed run leaves no record unindexed (dropping the triggers and rebuilding at the
 * end was measured: it saves about a fifth of the insert time of a visit, not worth an index out of step after a
 * crash). At the end each index is merged into one segment ({@code optimize}) and {@code ANALYZE} refreshes the
 * planner's statistics. The database's own {@code synchronous=FULL} is kept: with one commit per 10,000 records its
 * cost is negligible, so the file is as safe as one written by the application and needs no integrity check.
 */
public final class RegisterGenerator {
    /** Records per transaction. */
    static final int BATCH_RECORDS = 10_000;
    /** The span of the register: five years back from today. */
    static final int DAYS_BACK = 5 * 365;
    /** Cumulative shares of the kinds, in the order visits, leads, cases, work, recommendations. */
    private static final double[] CUMULATIVE_SHARES = {0.45, 0.70, 0.82, 0.97, 1.0};
    private static final int EXTRA_STATIONS = 18;
    private static final int PROSECUTORS = 40;
    private static final int GRID_WORKERS_PER_STATION = 20;
    /** A larger page cache while loading (indexes on random keys), put back afterwards. */
    private static final long LOAD_CACHE_KIB = 128 * 1024;
    private static final String OFFICE = "崇检";

    private final Database db;
    private final Clock clock;
    private final GeneratedRows rows = new GeneratedRows();

    public RegisterGenerator(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** No station, prosecutor, roster entry or record at all: the generator writes only into such a register. */
    public boolean registerIsEmpty() {
        return db.read(rows::registerIsEmpty);
    }

    /**
     * Fills the empty register; see the class comment.
     *
     * @param progress  told the number of records written after each batch (may be null)
     * @param cancelled asked before each batch; true stops with the batches written so far (may be null)
     * @throws UserFacingException {@code demo.registerNotEmpty} when the register holds anything; nothing is written
     */
    public GenerationResult generate(long records, long seed, LongConsumer progress, BooleanSupplier cancelled) {
        if (records < 0) {
            throw new IllegalArgumentException("records must not be negative: " + records);
        }
        long started = System.nanoTime();
        LongConsumer told = progress == null ? n -> { } : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        Plan plan = new Plan(LocalDate.now(clock), new SplittableRandom(seed));
        long cacheBefore = db.withWriter(rows::cacheSizeKib);
        db.withWriter(c -> {
            rows.setCacheSizeKib(c, Math.max(cacheBefore, LOAD_CACHE_KIB));
            return null;
        });
        try {
            db.write(c -> {
                if (!rows.registerIsEmpty(c)) {
                    throw new UserFacingException("demo.registerNotEmpty");
                }
                Batch roster = new Batch();
                plan.roster(roster, rows.referenceIds(c, "LIAISON_ROLE"), rows.referenceIds(c, "BUSINESS"));
                rows.insert(c, roster);
            });
            long done = 0;
            while (done < records && !stop.getAsBoolean()) {
                long end = Math.min(records, done + BATCH_RECORDS);
                Batch batch = plan.batch(done, end);
                db.write(c -> rows.insert(c, batch));
                done = end;
                told.accept(done);
            }
            db.withWriter(c -> {
                rows.optimizeSearchIndexes(c);
                rows.analyze(c);
                return null;
            });
        } finally {
            db.withWriter(c -> {
                rows.setCacheSizeKib(c, cacheBefore);
                return null;
            });
        }
        return new GenerationResult(plan.visits, plan.leads, plan.cases, plan.work, plan.ladder.written(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The whole generation's state: the random source, the roster's ids and the counters that keep numbers unique. */
    private static final class Plan {
        final LocalDate today;
        final GeneratedPeople people;
        final DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendar.chinaOfficial());
        final List<Visit> visitSamples;
        final List<Lead> leadSamples;
        final List<SampleCase> caseSamples;
        final List<WorkActivity> workSamples;
        final List<Long> stationIds = new ArrayList<>();
        final List<Long> prosecutorIds = new ArrayList<>();
        final List<Long> reporterIds = new ArrayList<>();
        final List<Long> panelIds = new ArrayList<>();
        final Map<String, Long> businessIds = new HashMap<>();
        final Map<String, Integer> officeSerials = new HashMap<>();
        final GeneratedLadder ladder;
        long visits;
        long leads;
        long cases;
        long work;
        long nextServiceSessionId = 1;

        Plan(LocalDate today, SplittableRandom random) {
            this.today = today;
            this.people = new GeneratedPeople(random);
            this.visitSamples = DemoVisits.sampleVisits(today);
            this.leadSamples = DemoLeads.sampleLeads(today);
            this.caseSamples = DemoCases.sampleCases(today);
            this.workSamples = DemoWork.sampleWork(today);
            this.ladder = new GeneratedLadder(people, today, calculator, leadSamples);
        }

        // ------------------------------------------------------------------ roster

        void roster(Batch b, Map<String, Long> roleIds, Map<String, Long> businesses) {
            businessIds.putAll(businesses);
            List<Station> stations = new ArrayList<>(DemoVisits.sampleStations(today));
            Set<String> stationNames = new LinkedHashSet<>();
            stations.forEach(s -> stationNames.add(s.name()));
            for (int i = 0; stations.size() < 6 + EXTRA_STATIONS; i++) {
                String town = GeneratedPeople.TOWNS[i % GeneratedPeople.TOWNS.length];
                String name = town + (i < GeneratedPeople.TOWNS.length ? "检察联络站" : "第二检察联络站");
                if (stationNames.add(name)) {
                    StationKind kind = town.endsWith("街道") ? StationKind.COMMUNITY
                            : town.endsWith("园区") ? StationKind.INDUSTRIAL_PARK : StationKind.VILLAGE;
                    stations.add(new Station(null, null, name, kind, town + "综治中心", ""));
                }
            }
            for (Station s : stations) {
                long id = stationIds.size() + 1L;
                LocalDate opened = today.minusDays(DAYS_BACK + 30);
                b.add(Table.STATION, id, people.uuid(), s.name(), s.kind().name(), s.address(), s.note(),
                        timestamp(opened), timestamp(opened));
                stationIds.add(id);
            }

            Set<String> prosecutorNames = new LinkedHashSet<>();
            for (DemoVisits.ProsecutorDraft p : DemoVisits.sampleProsecutors(today)) {
                prosecutorNames.add(p.name());
                Long home = p.homeStation() < 0 ? null : stationIds.get(p.homeStation());
                addProsecutor(b, p.name(), home, p.note());
            }
            while (prosecutorIds.size() < PROSECUTORS) {
                String name = people.name();
                if (prosecutorNames.add(name)) {
                    addProsecutor(b, name, people.pick(stationIds), "");
                }
            }

            long liaisonId = 1;
            for (List<String> l : DemoRoster.sampleLiaisons()) {
                Long station = stations.stream().filter(s -> !l.get(2).isEmpty() && s.name().contains(l.get(2)))
                        .findFirst().map(s -> stationIds.get(stations.indexOf(s))).orElse(null);
                Long role = roleIds.get(l.get(1));
                if (role != null) {
                    addLiaison(b, liaisonId++, l.get(0), role, l.get(1), station, l.get(3), l.get(4));
                }
            }
            Long gridRole = roleIds.get("网格员");
            for (int s = 0; gridRole != null && s < stationIds.size(); s++) {
                for (int g = 1; g <= GRID_WORKERS_PER_STATION; g++) {
                    String grid = people.village() + "第" + g + "网格";
                    addLiaison(b, liaisonId++, people.name(), gridRole, "网格员", stationIds.get(s), grid, "");
                }
            }

            Map<String, Long> recipientIds = new HashMap<>();
            Map<Long, Long> superiors = new HashMap<>();
            LocalDate listed = today.minusDays(DAYS_BACK + 30);
            for (List<String> r : DemoRoster.sampleRecipients()) {
                long id = recipientIds.size() + 1L;
                Long superior = r.get(1).isEmpty() ? null : recipientIds.get(r.get(1));
                String phone = r.get(3).isEmpty() ? "" : "028-8" + people.between(1_000_000, 9_999_999);
                b.add(Table.RECIPIENT, id, people.uuid(), r.get(0), superior, r.get(2), r.get(3), phone, r.get(4),
                        timestamp(listed), timestamp(listed));
                recipientIds.put(r.get(0), id);
                if (superior != null) {
                    superiors.put(id, superior);
                }
            }
            Long government = recipientIds.get("崇溪区人民政府");
            for (String town : GeneratedPeople.TOWNS) {
                String name = GeneratedPeople.townGovernment(town);
                if (!recipientIds.containsKey(name)) {
                    long id = recipientIds.size() + 1L;
                    b.add(Table.RECIPIENT, id, people.uuid(), name, government, town + "政务服务中心", "", "", "",
                            timestamp(listed), timestamp(listed));
                    recipientIds.put(name, id);
                    if (government != null) {
                        superiors.put(id, government);
                    }
                }
            }
            ladder.useRecipients(recipientIds, superiors);
        }

        private void addProsecutor(Batch b, String name, Long home, String note) {
            long id = prosecutorIds.size() + 1L;
            LocalDate joined = today.minusDays(DAYS_BACK + 30);
            b.add(Table.PROSECUTOR, id, people.uuid(), name, people.mobile(), home, note, timestamp(joined),
                    timestamp(joined));
            prosecutorIds.add(id);
        }

        private void addLiaison(Batch b, long id, String name, long role, String roleName, Long station, String grid,
                                String note) {
            LocalDate appointed = people.workdayWithin(today.minusDays(30), DAYS_BACK);
            b.add(Table.LIAISON, id, people.uuid(), name, role, station, grid, people.mobile(), appointed, note,
                    timestamp(appointed), timestamp(appointed));
            if (DemoRegister.REPORTER_ROLES.contains(roleName)) {
                reporterIds.add(id);
            }
            if (DemoRegister.PANEL_ROLES.contains(roleName)) {
                panelIds.add(id);
            }
        }

        // ------------------------------------------------------------------ records

        /** Records {@code start} (inclusive) to {@code end}, each kind its exact share of the records so far. */
        Batch batch(long start, long end) {
            Batch b = new Batch();
            long[] counts = new long[CUMULATIVE_SHARES.length];
            double previousEnd = 0;
            double previousStart = 0;
            for (int k = 0; k < counts.length; k++) {
                double shareEnd = Math.floor(end * CUMULATIVE_SHARES[k]);
                double shareStart = Math.floor(start * CUMULATIVE_SHARES[k]);
                counts[k] = (long) ((shareEnd - previousEnd) - (shareStart - previousStart));
                previousEnd = shareEnd;
                previousStart = shareStart;
            }
            for (long i = 0; i < counts[0]; i++) {
                visit(b);
            }
            for (long i = 0; i < counts[1]; i++) {
                lead(b);
            }
            for (long i = 0; i < counts[2]; i++) {
                matter(b);
            }
            for (long i = 0; i < counts[3]; i++) {
                work(b);
            }
            ladder.write(b, counts[4], cases, leads, stationIds, prosecutorIds);
            return b;
        }

        private void visit(Batch b) {
            Visit t = people.pick(visitSamples);
            LocalDate date = people.workdayWithin(today, DAYS_BACK);
            boolean minor = t.involvesMinor() || people.chance(0.03);
            boolean named = !t.visitorName().isEmpty() || people.chance(0.6);
            String name = named ? people.name() : "";
            String phone = named && people.chance(0.85) ? people.mobile() : "";
            String idNumber = named && (minor || people.chance(0.25)) ? people.idNumber(date, minor) : "";
            boolean old = date.isBefore(today.minusDays(90));
            boolean concluded = t.concludedOn() != null || t.handling() == Handling.ANSWERED_ON_SPOT
                    || (old && people.chance(0.95));
            LocalDate concludedOn = concluded ? notAfterToday(t.handling() == Handling.ANSWERED_ON_SPOT
                    ? date : date.plusDays(people.between(1, 50))) : null;
            LocalDate followUp = t.followUpDue() == null && concluded ? null : date.plusDays(people.between(7, 60));
            LocalDate noticeSent = t.isPetition() && (concluded || people.chance(0.7))
                    ? notAfterToday(date.plusDays(people.between(1, 12))) : null;
            Visit v = Visit.builder().date(date).form(t.form()).category(t.category()).visitorName(name)
                    .visitorPhone(phone).visitorIdNumber(idNumber).peopleCount(t.peopleCount()).involvesMinor(minor)
                    .summary(t.summary()).handling(t.handling()).handlingNote(t.handlingNote())
                    .referredTo(t.referredTo()).followUpDue(followUp)
                    .followUpResult(concluded ? t.followUpResult() : "").noticeSentOn(noticeSent)
                    .resultExtended(t.resultExtended()).concludedOn(concludedOn).build();
            VisitDeadlines due = VisitDeadlines.of(v, calculator);
            long id = ++visits;
            String at = timestamp(date);
            b.add(Table.VISIT, id, people.uuid(), date, people.pick(stationIds), people.pick(prosecutorIds),
                    v.form().name(), v.category().name(), v.visitorName(), v.visitorPhone(), v.visitorIdNumber(),
                    v.peopleCount(), v.involvesMinor(), v.summary(), v.handling().name(), v.handlingNote(),
                    v.referredTo(), v.followUpDue(), v.followUpResult(), due.noticeDue(), v.noticeSentOn(),
                    due.resultDue(), v.resultExtended(), v.concludedOn(), due.nextDue(), at,
                    concludedOn == null ? at : timestamp(concludedOn));
        }

        private void lead(Batch b) {
            Lead t = people.pick(leadSamples);
            LocalDate received = people.workdayWithin(today, DAYS_BACK);
            LeadSource source = t.source();
            Long reporterLiaison = null;
            String reporterName = "";
            String reporterPhone = "";
            switch (source) {
                case GRID_WORKER, LIAISON, SNAPSHOT_APP, PUBLIC_INTEREST_PLATFORM -> reporterLiaison =
                        reporterIds.isEmpty() ? null : people.pick(reporterIds);
                case HOTLINE_12345, HOTLINE_12309, GOV_MAILBOX, DEPUTY, VISIT -> {
                    reporterName = people.name();
                    reporterPhone = people.mobile();
                }
                default -> { }
            }
            Integer illegality = null;
            Integer investigability = null;
            Integer value = null;
            if (people.chance(0.95)) {
                illegality = people.between(1, 5);
                investigability = people.between(1, 5);
                value = people.between(1, 5);
            }
            Integer stars = new LeadRating(illegality, investigability, value).stars();
            boolean recent = received.isAfter(today.minusDays(14));
            Triage triage = recent && people.chance(0.6) ? Triage.PENDING : t.triage();
            LocalDate triaged = triage.decided() ? notAfterToday(received.plusDays(people.between(1, 10))) : null;
            LocalDate fedBack = triage.decided() && people.chance(0.8)
                    ? notAfterToday(triaged.plusDays(people.between(0, 5))) : null;
            String referredTo = triage == Triage.REFERRED ? t.referredTo() : "";
            String town = people.town();
            long id = ++leads;
            b.add(Table.LEAD, id, people.uuid(), received, source.name(), reporterLiaison, reporterName, reporterPhone,
                    people.pick(stationIds), people.pick(prosecutorIds), town, people.village(),
                    people.chance(0.5) ? "第" + people.between(1, 30) + "网格" : "", t.field().name(), t.problem(),
                    t.description(), illegality, investigability, value, stars, triage.name(), triaged, referredTo,
                    triage.decided() ? t.triageReason() : "", fedBack, fedBack == null ? "" : t.feedbackNote(),
                    timestamp(received), timestamp(fedBack != null ? fedBack : triaged != null ? triaged : received));
        }

        private void matter(Batch b) {
            SampleCase sample = people.pick(caseSamples);
            Matter t = sample.matter();
            LocalDate accepted = people.workdayWithin(today, DAYS_BACK);
            boolean old = accepted.isBefore(today.minusDays(365));
            double roll = people.random().nextDouble();
            MatterStatus status = roll < (old ? 0.9 : 0.35) ? MatterStatus.CONCLUDED
                    : roll < (old ? 0.93 : 0.40) ? MatterStatus.SUSPENDED : MatterStatus.OPEN;
            LocalDate concluded = status == MatterStatus.CONCLUDED
                    ? notAfterToday(accepted.plusDays(people.between(10, 200))) : null;
            int year = accepted.getYear();
            int serial = officeSerials.merge(sample.numberCode() + year, 1, Integer::sum);
            String officeNumber = OFFICE + sample.numberCode() + "〔" + year + "〕" + serial + "号";
            long id = ++cases;
            b.add(Table.MATTER, id, people.uuid(), t.businessLine().name(), businessIds.get(sample.business()),
                    t.field().name(), t.problem(), renamed(t.name()), officeNumber, parties(t.parties()),
                    t.involvesMinor(), people.pick(prosecutorIds), people.pick(stationIds), accepted, concluded,
                    status.name(), t.summary(), timestamp(accepted), timestamp(concluded != null ? concluded : accepted));
            if (leads > 0 && people.chance(0.3)) {
                b.add(Table.MATTER_LINK, id, "LEAD", 1 + people.random().nextLong(leads), timestamp(accepted));
            }
            if (visits > 0 && people.chance(0.1)) {
                b.add(Table.MATTER_LINK, id, "VISIT", 1 + people.random().nextLong(visits), timestamp(accepted));
            }
        }

        private void work(Batch b) {
            WorkActivity t = people.pick(workSamples);
            LocalDate held = people.workdayWithin(today, DAYS_BACK);
            long id = ++work;
            Long matter = cases > 0 && people.chance(0.2) ? 1 + people.random().nextLong(cases) : null;
            String applicant = t.kind() == WorkKind.JUDICIAL_AID ? people.name() : "";
            String applicantId = t.kind() == WorkKind.JUDICIAL_AID && people.chance(0.7)
                    ? people.idNumber(held, t.involvesMinor()) : "";
            Long approved = null;
            Long paid = null;
            if (t.kind() == WorkKind.JUDICIAL_AID) {
                approved = 100_000L * people.between(20, 500);
                paid = people.chance(0.8) ? approved : approved / 2;
            }
            b.add(Table.WORK, id, people.uuid(), t.kind().name(), held, people.pick(stationIds),
                    people.pick(prosecutorIds), matter, t.title(), t.place(), parties(t.parties()), t.involvesMinor(),
                    t.mediator(), t.channel(), t.outcome(), t.resolved(), applicant, applicantId, approved, paid,
                    t.hearingType(), t.topic(), t.audienceCount(), t.hoursAgreed(), t.assessment(), t.note(),
                    timestamp(held), timestamp(held));
            if (t.kind() == WorkKind.HEARING) {
                Set<Long> panel = new LinkedHashSet<>();
                while (panel.size() < Math.min(3, panelIds.size())) {
                    panel.add(people.pick(panelIds));
                }
                panel.forEach(member -> b.add(Table.PANEL_MEMBER, id, member));
            }
            if (t.kind() == WorkKind.COMMUNITY_SERVICE && t.hoursAgreed() != null) {
                serviceSessions(b, id, held, t.hoursAgreed());
            }
        }

        /** Sessions of 4 to 8 hours every 3 to 6 days until the hours agreed are done or today is reached. */
        private void serviceSessions(Batch b, long activityId, LocalDate held, int hoursAgreed) {
            int done = 0;
            LocalDate day = held.plusDays(people.between(1, 5));
            while (done < hoursAgreed && !day.isAfter(today)) {
                int hours = Math.min(hoursAgreed - done, people.between(4, 8));
                b.add(Table.SERVICE_SESSION, nextServiceSessionId++, people.uuid(), activityId, day, hours, "",
                        timestamp(day));
                done += hours;
                day = day.plusDays(people.between(3, 6));
            }
        }

        /** A demo case name with a fresh surname: "邱某某故意伤害案" becomes "陈某某故意伤害案". */
        private String renamed(String name) {
            if (name.length() > 1 && name.charAt(1) == '某') {
                return people.surname() + name.substring(1);
            }
            return name;
        }

        /** As many generated names as the sample had parties; none when it had none. */
        private String parties(String sample) {
            if (sample == null || sample.isBlank()) {
                return "";
            }
            int count = Math.min(4, sample.split("、").length);
            StringBuilder sb = new StringBuilder(people.name());
            for (int i = 1; i < count; i++) {
                sb.append('、').append(people.name());
            }
            return sb.toString();
        }

        private LocalDate notAfterToday(LocalDate d) {
            return d.isAfter(today) ? today : d;
        }
    }

    /** A time on the record's day in Beijing, as the repositories write it (yyyy-MM-ddTHH:mm:ss+08:00). */
    static String timestamp(LocalDate day) {
        return day + "T09:00:00+08:00";
    }
}
