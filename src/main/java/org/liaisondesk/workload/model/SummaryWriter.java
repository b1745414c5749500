package org.liaisondesk.workload.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.liaisondesk.common.text.Money;
import org.liaisondesk.settings.model.StatisticsSettings.ReplyRateBase;

/**
 * Writes the paragraph team leads paste into meeting notes, in the phrases of the stations' own reports
 * ("接待群众咨询59人次，化解信访案件21件，移送案件线索10条……"). Every number in it is a figure itself, so the paragraph
 * cannot disagree with the tables and charts computed from the same {@link Figures}. A figure that is zero is left out,
 * and so is a clause with nothing to say; a rate appears only when its denominator is not zero, followed by what it
 * divides (the published conventions differ).
 */
public final class SummaryWriter {
    /** Who the figures are of when no station is chosen. */
    static final String EVERY_STATION = "全区各检察联络站";

    private SummaryWriter() {
    }

    /** The summary paragraph of {@code figures}, in the register's own phrases (Chinese), ready to paste. */
    public static String write(Scope scope, Figures figures, RateConventions conventions) {
        String opening = scope.period().label() + "，" + scope.subject(EVERY_STATION);
        List<String> clauses = Stream.of(visits(figures), petitions(figures), leads(figures, conventions),
                        cases(figures), disputes(figures), judicialAid(figures), hearings(figures), publicity(figures),
                        communityService(figures), nonProsecution(figures), circuitTrials(figures),
                        recommendations(figures, conventions))
                .filter(clause -> !clause.isEmpty())
                .toList();
        if (clauses.isEmpty()) {
            return opening + "未登记工作数据。";
        }
        // Clauses that have commas inside are set apart by semicolons; short ones read as one list, as reports write it.
        String separator = clauses.stream().anyMatch(clause -> clause.contains("，")) ? "；" : "，";
        return opening + String.join(separator, clauses) + "。";
    }

    private static String visits(Figures f) {
        long visitors = f.get(Metric.VISITORS);
        long consultations = f.get(Metric.CONSULTATIONS);
        if (visitors == 0) {
            return consultations == 0 ? "" : "接待群众咨询" + consultations + "人次";
        }
        return "接待来访群众" + visitors + "人次" + (consultations == 0 ? "" : "（其中咨询" + consultations + "人次）");
    }

    private static String petitions(Figures f) {
        return new Clause(f)
                .count("受理信访", Metric.PETITIONS_RECEIVED, "件")
                .count("化解信访案件", Metric.PETITIONS_RESOLVED, "件")
                .text();
    }

    private static String leads(Figures f, RateConventions conventions) {
        boolean received = f.get(Metric.LEADS_RECEIVED) != 0;
        boolean triaged = f.get(Metric.LEADS_TRIAGED) != 0;
        Clause outcomes = new Clause(f)
                .count(triaged ? "成案" : "线索成案", Metric.LEADS_TO_CASES, "条")
                .count("移送案件线索", Metric.LEADS_REFERRED, "条");
        return new Clause(f)
                .count("受理线索", Metric.LEADS_RECEIVED, "条")
                .count(received ? "研判" : "研判线索", Metric.LEADS_TRIAGED, "条")
                .add((triaged && !outcomes.isEmpty() ? "其中" : "") + outcomes.text("、"))
                .rate("线索成案率", RateKind.LEAD_CONVERSION, conventions)
                .text();
    }

    private static String cases(Figures f) {
        long accepted = f.get(Metric.CASES_ACCEPTED);
        long publicInterest = f.get(Metric.PUBLIC_INTEREST_CASES);
        String head = accepted == 0
                ? (publicInterest == 0 ? "" : "启动公益诉讼监督程序" + publicInterest + "件")
                : "受理案件" + accepted + "件" + (publicInterest == 0 ? "" : "（其中启动公益诉讼监督程序" + publicInterest + "件）");
        return new Clause(f)
                .add(head)
                .count(accepted == 0 ? "办结案件" : "办结", Metric.CASES_CONCLUDED, "件")
                .text();
    }

    private static String disputes(Figures f) {
        return new Clause(f)
                .count("开展矛盾纠纷化解", Metric.MEDIATIONS, "次")
                .count("化解矛盾纠纷", Metric.DISPUTES_RESOLVED, "件")
                .text();
    }

    private static String judicialAid(Figures f) {
        long persons = f.get(Metric.JUDICIAL_AID_PERSONS);
        long paid = f.get(Metric.JUDICIAL_AID_PAID);
        if (persons == 0 && paid == 0) {
            return "";
        }
        return "兑现司法救助" + (persons == 0 ? "" : persons + "人") + (paid == 0 ? "" : amount(paid));
    }

    /** 2万元 as reports write it; an amount too small to show in 万 (under 50 元) in 元 rather than as "0万元". */
    private static String amount(long fen) {
        String wan = Money.wan(fen);
        return wan.equals("0") ? Money.plainYuan(fen) + "元" : wan + "万元";
    }

    private static String hearings(Figures f) {
        return new Clause(f).count("组织公开听证", Metric.HEARINGS, "场").text();
    }

    private static String publicity(Figures f) {
        boolean events = f.get(Metric.PUBLICITY_EVENTS) != 0;
        return new Clause(f)
                .count("开展普法宣传", Metric.PUBLICITY_EVENTS, "场")
                .count(events ? "受众" : "普法受众", Metric.PUBLICITY_AUDIENCE, "人次")
                .text();
    }

    private static String communityService(Figures f) {
        long persons = f.get(Metric.COMMUNITY_SERVICE_PERSONS);
        long hours = f.get(Metric.COMMUNITY_SERVICE_HOURS);
        if (persons == 0) {
            return hours == 0 ? "" : "完成社会公益服务" + hours + "小时";
        }
        return "督促" + persons + "人" + (hours == 0 ? "参加社会公益服务" : "完成社会公益服务" + hours + "小时");
    }

    private static String nonProsecution(Figures f) {
        return new Clause(f).count("不起诉宣告", Metric.NON_PROSECUTION_ANNOUNCEMENTS, "次").text();
    }

    private static String circuitTrials(Figures f) {
        return new Clause(f).count("巡回审判", Metric.CIRCUIT_TRIALS, "次").text();
    }

    private static String recommendations(Figures f, RateConventions conventions) {
        Clause tiers = new Clause(f)
                .count("个案检察建议", Metric.ISSUED_INDIVIDUAL, "件")
                .count("类案检察建议", Metric.ISSUED_CLASS, "件")
                .count("专项法律监督报告", Metric.ISSUED_SPECIAL_REPORT, "件");
        long issued = f.get(Metric.ISSUED);
        String head = issued == 0 ? tiers.text("、")
                : "制发检察建议" + issued + "件" + (tiers.isEmpty() ? "" : "（" + tiers.text("、") + "）");
        return new Clause(f)
                .add(head)
                .count("已送达", Metric.SERVED, "件")
                .countIf(conventions.reply() == ReplyRateBase.DUE, "回复期限已届满", Metric.DUE, "件")
                .count("已回复", Metric.REPLIED, "件")
                .rate("回复率", RateKind.REPLY, conventions)
                .count("采纳", Metric.ADOPTED, "件")
                .count("部分采纳", Metric.PARTLY_ADOPTED, "件")
                .rate("采纳率", RateKind.ADOPTION, conventions)
                .count("整改到位", Metric.RECTIFIED, "件")
                .rate("整改率", RateKind.RECTIFICATION, conventions)
                .count("升级监督", Metric.ESCALATED, "件")
                .count("提起诉讼", Metric.LAWSUITS, "件")
                .text();
    }

    /** How a rate's terms are named in the paragraph: 回复率75%（已回复÷已制发）. */
    private static String termName(Metric metric) {
        return switch (metric) {
            case ISSUED -> "已制发";
            case DUE -> "回复期限已届满";
            case REPLIED -> "已回复";
            case ADOPTED -> "采纳";
            case RECTIFIED -> "整改到位";
            case LEADS_TO_CASES -> "线索成案";
            case LEADS_TRIAGED -> "研判线索";
            default -> throw new IllegalArgumentException("not a term of a rate: " + metric);
        };
    }

    /** The parts of one clause, each a phrase with its figure; zero figures and undefined rates add nothing. */
    private static final class Clause {
        private final Figures figures;
        private final List<String> parts = new ArrayList<>();

        Clause(Figures figures) {
            this.figures = figures;
        }

        /** Adds "{phrase}{figure}{unit}" unless the figure is zero. */
        Clause count(String phrase, Metric metric, String unit) {
            long value = figures.get(metric);
            return value == 0 ? this : add(phrase + value + unit);
        }

        /** As {@link #count}, only when {@code shown}: a figure the paragraph names only under some conventions. */
        Clause countIf(boolean shown, String phrase, Metric metric, String unit) {
            return shown ? count(phrase, metric, unit) : this;
        }

        Clause rate(String name, RateKind kind, RateConventions conventions) {
            Rate rate = figures.rate(kind, conventions);
            if (rate.den() == 0) {
                return this;
            }
            return add(name + rate.text() + "（" + termName(rate.numerator()) + "÷" + termName(rate.denominator()) + "）");
        }

        Clause add(String part) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
            return this;
        }

        boolean isEmpty() {
            return parts.isEmpty();
        }

        String text() {
            return text("，");
        }

        String text(String separator) {
            return String.join(separator, parts);
        }
    }
}
