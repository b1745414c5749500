package org.liaisondesk.ladder.ui;

import java.time.LocalDate;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationRow;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterRow;
import org.liaisondesk.register.cases.model.PartyMasking;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadRow;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RecipientRow;

/**
 * What the recommendation editor and list pick, already in words: organisations of the directory, cases and
 * leads to link, earlier documents to escalate from. Case names are shown with their parties masked, as in the
 * case list.
 */
public final class PickerChoices {
    private PickerChoices() {
    }

    /** An organisation of the directory and its superior ({@code superiorName} "" when it has none or is unknown). */
    public record RecipientChoice(long id, String name, Long superiorId, String superiorName) {
        public static RecipientChoice of(RecipientRow row) {
            Recipient r = row.recipient();
            return new RecipientChoice(r.id(), r.name(), r.superiorId(), row.superiorName());
        }

        public static RecipientChoice of(Recipient r) {
            return new RecipientChoice(r.id(), r.name(), r.superiorId(), "");
        }

        /** 区自然资源局（上级：区人民政府）: how it reads among the matches. */
        public String description() {
            return superiorName.isEmpty() ? name : Messages.tr("ladder.picker.withSuperior", name, superiorName);
        }
    }

    /** A case or lead a recommendation may cite, with how it reads. */
    public record LinkChoice(RecordLink link, String label) {
        public static LinkChoice of(MatterRow m) {
            return new LinkChoice(RecordLink.matter(m.id()), matterLabel(m.acceptedOn(), m.officeNumber(),
                    PartyMasking.maskIn(m.name(), m.parties()), m.field()));
        }

        public static LinkChoice of(Matter m) {
            return new LinkChoice(RecordLink.matter(m.id()), matterLabel(m.acceptedOn(), m.officeNumber(),
                    PartyMasking.maskIn(m.name(), m.parties()), m.field()));
        }

        public static LinkChoice of(LeadRow l) {
            return new LinkChoice(RecordLink.lead(l.id()), leadLabel(l.receivedOn(), l.field(), l.problem(),
                    l.description()));
        }

        public static LinkChoice of(Lead l) {
            return new LinkChoice(RecordLink.lead(l.id()), leadLabel(l.receivedOn(), l.field(), l.problem(),
                    l.description()));
        }

        /** A link whose record could not be found any more: still shown, so that it can be removed. */
        public static LinkChoice missing(RecordLink link) {
            return new LinkChoice(link, Messages.tr(kindKey(link.kind())) + " #" + link.recordId() + " "
                    + Messages.tr("ladder.picker.deletedMark"));
        }

        private static String matterLabel(LocalDate acceptedOn, String officeNumber, String name,
                                          SupervisionField field) {
            StringBuilder sb = new StringBuilder(Messages.tr(kindKey(RecordLink.Kind.MATTER))).append(' ');
            if (acceptedOn != null) {
                sb.append(acceptedOn).append(' ');
            }
            if (officeNumber != null && !officeNumber.isEmpty()) {
                sb.append(officeNumber).append(' ');
            }
            sb.append(name);
            if (field != null) {
                sb.append("（").append(Messages.tr(field.messageKey())).append("）");
            }
            return sb.toString();
        }

        private static String leadLabel(LocalDate receivedOn, SupervisionField field, String problem,
                                        String description) {
            StringBuilder sb = new StringBuilder(Messages.tr(kindKey(RecordLink.Kind.LEAD))).append(' ');
            if (receivedOn != null) {
                sb.append(receivedOn).append(' ');
            }
            if (field != null) {
                sb.append(Messages.tr(field.messageKey())).append(' ');
            }
            if (problem != null && !problem.isEmpty()) {
                sb.append('【').append(problem).append("】");
            }
            return sb.append(LinkedRecord.preview(description)).toString();
        }

        private static String kindKey(RecordLink.Kind kind) {
            return "ladder.picker.kind." + kind.name();
        }
    }

    /**
     * An earlier document this one may escalate from, with the reason its state suggests (the user may change it).
     */
    public record EarlierChoice(long id, Tier tier, String label, EscalationReason suggestedReason) {
        public static EarlierChoice of(RecommendationRow r) {
            return new EarlierChoice(r.id(), r.tier(), label(r.tier(), r.number(), r.title(), r.status()),
                    suggestedReason(r.replyOutcome(), r.rectification(), r.repliedOn()));
        }

        public static EarlierChoice of(RecommendationDetail d) {
            return new EarlierChoice(d.id(), d.recommendation().tier(), label(d.recommendation().tier(), d.number(),
                    d.recommendation().title(), d.state().status()),
                    d.state().objectionRejected() ? EscalationReason.OBJECTION_REJECTED
                            : suggestedReason(d.state().replyOutcome(), d.state().rectification(), d.state().repliedOn()));
        }

        /** A document that could not be found any more (deleted since): shown so that it can be removed. */
        public static EarlierChoice missing(long id, EscalationReason reason) {
            return new EarlierChoice(id, null, "#" + id + " " + Messages.tr("ladder.picker.deletedMark"), reason);
        }

        /**
         * 个案检察建议 崇检建〔2026〕3号 关于…的检察建议（已送达，待回复）; an unnumbered draft says so instead of a
         * number.
         */
        static String label(Tier tier, String number, String title, LadderStatus status) {
            String shownNumber = number == null || number.isEmpty() ? Messages.tr("ladder.picker.unnumbered") : number;
            return Messages.tr(tier.messageKey()) + " " + shownNumber + " " + title + "（"
                    + Messages.tr(status.messageKey()) + "）";
        }

        /**
         * Why the earlier document is escalated, as far as its state tells: not adopted; adopted but not (fully)
         * rectified; no reply yet; otherwise the cause lies above the recipient.
         */
        static EscalationReason suggestedReason(ReplyOutcome outcome, Rectification rectification, LocalDate repliedOn) {
            if (outcome == ReplyOutcome.NOT_ADOPTED) {
                return EscalationReason.NOT_ADOPTED;
            }
            if (rectification == Rectification.NONE || rectification == Rectification.PARTIAL) {
                return EscalationReason.NOT_RECTIFIED;
            }
            if (repliedOn == null) {
                return EscalationReason.NOT_REPLIED;
            }
            return EscalationReason.CAUSE_ABOVE_RECIPIENT;
        }
    }
}
