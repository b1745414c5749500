package org.liaisondesk.ladder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.ladder.data.DocumentNumberRepository;
import org.liaisondesk.ladder.data.LadderEventRepository;
import org.liaisondesk.ladder.data.LadderLedger;
import org.liaisondesk.ladder.data.RecommendationRepository;
import org.liaisondesk.ladder.model.ApproverKind;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.ServiceMethod;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.register.cases.data.MatterRepository;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.reference.data.ReferenceRepository;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.data.RecipientRepository;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.service.RecipientService;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.testsupport.TestRegister;

/**
 * A real register in a temp folder with the ladder's service, recipients and cases, for the ladder's tests.
 * {@code settings} may be changed by a test (office abbreviation, number patterns, periods).
 */
public final class LadderFixture implements AutoCloseable {
    public final TestRegister reg;
    public final Settings settings = new Settings();
    public final RecommendationService ladder;
    public final RecipientService recipients;
    public final MatterService matters;
    public final RecommendationRepository repository;

    public LadderFixture(Path folder) {
        reg = new TestRegister(folder);
        settings.setOfficeAbbreviation("崇");
        repository = new RecommendationRepository(reg.audit);
        DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendar.chinaOfficial());
        ladder = new RecommendationService(reg.db, new LadderLedger(repository, new LadderEventRepository(reg.audit),
                new DocumentNumberRepository(reg.audit)), () -> settings, () -> calculator, TestRegister.CLOCK);
        recipients = new RecipientService(reg.db, new RecipientRepository(reg.audit));
        matters = new MatterService(reg.db, new MatterRepository(reg.audit), reg.stations, reg.prosecutors,
                new ReferenceRepository(reg.audit), TestRegister.CLOCK);
    }

    public long recipient(String name, Long superiorId) {
        return recipients.save(Recipient.draft(name, superiorId)).id();
    }

    public long matter(String name, LocalDate acceptedOn) {
        return matters.save(Matter.builder().businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.LAND)
                .name(name).acceptedOn(acceptedOn).build()).id();
    }

    /** A draft individual recommendation complete enough to be approved. */
    public Recommendation.Builder completeDraft(long recipientId, long matterId) {
        return ladder.newDraft(Tier.INDIVIDUAL).type(RecommendationType.PUBLIC_INTEREST)
                .businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.LAND).problem("占用耕地从事木材加工")
                .title("关于督促整治占用耕地从事木材加工问题的检察建议").recipientId(recipientId)
                .links(List.of(RecordLink.matter(matterId))).facts("经查，某木材加工厂占用基本农田约3亩。")
                .violation("违反《土地管理法》第三十七条").items(List.of("依法查处违法占用耕地行为", "建立巡查机制"))
                .legalBasis("《人民检察院检察建议工作规定》第十一条").draftedOn(LocalDate.of(2026, 1, 5));
    }

    /** Saves the draft and takes it through approval, issue and service on the given dates. */
    public RecommendationDetail served(Recommendation draft, LocalDate approved, LocalDate issued, LocalDate served) {
        long id = ladder.save(draft).id();
        ladder.record(id, LadderEvent.of(EventKind.APPROVED, approved).approverKind(ApproverKind.CHIEF)
                .person("王检察长").build());
        ladder.record(id, LadderEvent.of(EventKind.ISSUED, issued).build());
        return ladder.record(id, LadderEvent.of(EventKind.SERVED, served).serviceMethod(ServiceMethod.WRITTEN).build());
    }

    @Override
    public void close() {
        reg.close();
    }
}
