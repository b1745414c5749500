package org.liaisondesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.ladder.model.DueItem;
import org.liaisondesk.ladder.model.IssuedNumber;
import org.liaisondesk.ladder.model.Suggestion;
import org.liaisondesk.ladder.model.SuggestionEvidence;
import org.liaisondesk.ladder.service.SuggestionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ladder due|suggest|numbers}: what is due on the recommendation ladder, the escalation suggestions with their
 * evidence, and the issue register (发文登记簿). Tables (tab-separated, Chinese headers) or JSON with stable English
 * field names; no personal data (case names are masked as in the lists).
 */
@Command(name = "ladder", description = "检察建议阶梯：到期事项、升级提示、发文登记簿",
        subcommands = {LadderCommand.Due.class, LadderCommand.Suggest.class, LadderCommand.Numbers.class})
final class LadderCommand implements Callable<Integer> {
    enum Format { table, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    /** {@code ladder} alone: which subcommands there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.REFUSED;
    }

    AppContext open() {
        return AppContext.open(root.dataFolder(), root.clock());
    }

    static void printJson(PrintWriter out, Object value) throws Exception {
        out.println(JSON.writeValueAsString(value));
    }

    static void printRow(PrintWriter out, String... cells) {
        out.println(String.join("\t", cells));
    }

    static LocalDate asOf(String text, LocalDate today) {
        return text == null ? today : Cli.date(text, "--as-of");
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** {@code ladder due [--as-of DATE] [--format table|json]}. */
    @Command(name = "due", description = "列出回复已逾期、即将到期、异议待复核和应回访的检察建议")
    static final class Due implements Callable<Integer> {
        @ParentCommand
        LadderCommand ladder;

        @Spec
        CommandSpec spec;

        @Option(names = "--as-of", paramLabel = "DATE", description = "以哪一天为准（默认今天），如 2026-11-23")
        String asOf;

        @Option(names = "--format", defaultValue = "table", description = "输出格式：${COMPLETION-CANDIDATES}")
        Format format;

        /** One line of {@code ladder due --format json}. */
        record Row(String kind, long recommendationId, String number, String tier, String title, String recipient,
                   String dueOn, String since) {
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext context = ladder.open()) {
                LocalDate day = asOf(asOf, context.ladder().today());
                List<DueItem> items = context.ladder().due(day);
                if (format == Format.json) {
                    printJson(out, items.stream().map(i -> new Row(i.kind().name(), i.recommendationId(), i.number(),
                            i.tier().name(), i.title(), i.recipientName(), text(i.dueOn()), text(i.since()))).toList());
                } else {
                    printRow(out, Messages.tr("ladder.cli.due.kind"), Messages.tr("ladder.cli.due.dueOn"),
                            Messages.tr("ladder.field.number"), Messages.tr("ladder.field.tier"),
                            Messages.tr("ladder.field.title"), Messages.tr("ladder.field.recipientId"),
                            Messages.tr("ladder.cli.due.since"));
                    for (DueItem i : items) {
                        printRow(out, Messages.tr(i.kind().messageKey()), text(i.dueOn()), i.number(),
                                Messages.tr(i.tier().messageKey()), i.title(), i.recipientName(), text(i.since()));
                    }
                    spec.commandLine().getErr()
                            .println(Messages.tr("ladder.cli.due.total", day.toString(), items.size()));
                }
            }
            return Cli.OK;
        }
    }

    /** {@code ladder suggest [--as-of DATE] [--format table|json]}. */
    @Command(name = "suggest", description = "列出升级提示（类案、升级、专项报告、公益诉讼）及其依据")
    static final class Suggest implements Callable<Integer> {
        @ParentCommand
        LadderCommand ladder;

        @Spec
        CommandSpec spec;

        @Option(names = "--as-of", paramLabel = "DATE", description = "以哪一天为准（默认今天），如 2026-11-23")
        String asOf;

        @Option(names = "--format", defaultValue = "table", description = "输出格式：${COMPLETION-CANDIDATES}")
        Format format;

        /** One suggestion of {@code ladder suggest --format json}. */
        record Row(String rule, String targetTier, String escalationReason, Long recommendationId, String field,
                   String problem, String reason, String recipient, String evidenceKey, List<Evidence> evidence,
                   Draft draft) {
        }

        /** One record a suggestion rests on or shows. */
        record Evidence(String kind, long id, String date, String label, String number, String tier, String status,
                        boolean involvesMinor) {
        }

        /** The draft accepting the suggestion would save (null for a lawsuit). */
        record Draft(String tier, String type, String title, Long recipientId, List<String> links,
                     List<Long> escalatesFrom) {
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext context = ladder.open()) {
                SuggestionService suggestions = context.suggestions();
                LocalDate day = asOf(asOf, suggestions.today());
                List<Suggestion> list = suggestions.suggestions(day);
                if (format == Format.json) {
                    printJson(out, list.stream().map(Suggest::row).toList());
                } else {
                    printRow(out, Messages.tr("ladder.cli.suggest.rule"), Messages.tr("ladder.cli.suggest.target"),
                            Messages.tr("ladder.field.recipientId"), Messages.tr("ladder.cli.suggest.reason"));
                    for (Suggestion s : list) {
                        printRow(out, Messages.tr(s.rule().messageKey()), s.targetTier() == null
                                ? Messages.tr("ladder.cli.suggest.lawsuit") : Messages.tr(s.targetTier().messageKey()),
                                s.targetName(), s.reason());
                        for (SuggestionEvidence e : s.evidence()) {
                            printRow(out, "", Messages.tr("ladder.cli.suggest.evidence"),
                                    Messages.tr(e.kind().messageKey()), evidenceLine(e));
                        }
                    }
                    spec.commandLine().getErr()
                            .println(Messages.tr("ladder.cli.suggest.total", day.toString(), list.size()));
                }
            }
            return Cli.OK;
        }

        private static String evidenceLine(SuggestionEvidence e) {
            StringBuilder line = new StringBuilder(text(e.date()));
            if (!e.number().isEmpty()) {
                line.append(' ').append(e.number());
            }
            line.append(' ');
            if (e.involvesMinor()) {
                line.append(Messages.tr("ladder.suggest.minorMark"));
            }
            line.append(e.label());
            if (e.status() != null) {
                line.append('（').append(Messages.tr(e.status().messageKey())).append('）');
            }
            return line.toString();
        }

        static Row row(Suggestion s) {
            List<Evidence> evidence = s.evidence().stream().map(e -> new Evidence(e.kind().name(), e.id(),
                    text(e.date()), e.label(), e.number(), name(e.tier()), name(e.status()), e.involvesMinor()))
                    .toList();
            Draft draft = s.draft() == null ? null : new Draft(s.draft().tier().name(), s.draft().type().name(),
                    s.draft().title(), s.draft().recipientId(),
                    s.draft().links().stream().map(l -> l.key()).toList(),
                    s.draft().escalatesFrom().stream().map(e -> e.earlierId()).toList());
            return new Row(s.rule().name(), name(s.targetTier()), name(s.escalationReason()), s.recommendationId(),
                    name(s.field()), s.problem(), s.reason(), s.targetName(), s.evidenceKey(), evidence, draft);
        }
    }

    /** {@code ladder numbers [--year YYYY] [--format table|json]}. */
    @Command(name = "numbers", description = "列出发文登记簿（每个文号的制发日期、被建议单位和状态）")
    static final class Numbers implements Callable<Integer> {
        @ParentCommand
        LadderCommand ladder;

        @Spec
        CommandSpec spec;

        @Option(names = "--year", paramLabel = "YYYY", description = "只列出这一年的文号（默认全部）")
        Integer year;

        @Option(names = "--format", defaultValue = "table", description = "输出格式：${COMPLETION-CANDIDATES}")
        Format format;

        /** One line of {@code ladder numbers --format json}. */
        record Row(String number, int year, int serial, String issuedOn, long recommendationId, String tier,
                   String type, String title, String recipient, String status, boolean withdrawn, boolean deleted) {
        }

        @Override
        public Integer call() throws Exception {
            if (year != null && (year < 1900 || year > 9999)) {
                throw new UserFacingException("ladder.cli.numbers.year", String.valueOf(year));
            }
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext context = ladder.open()) {
                List<IssuedNumber> numbers = context.ladder().numbers(year);
                if (format == Format.json) {
                    printJson(out, numbers.stream().map(n -> new Row(n.number(), n.year(), n.serial(),
                            text(n.issuedOn()), n.recommendationId(), n.tier().name(), n.type().name(), n.title(),
                            n.recipientName(), n.status().name(), n.withdrawn(), n.deleted())).toList());
                } else {
                    printRow(out, Messages.tr("ladder.field.number"), Messages.tr("ladder.field.issuedOn"),
                            Messages.tr("ladder.field.tier"), Messages.tr("ladder.field.type"),
                            Messages.tr("ladder.field.title"), Messages.tr("ladder.field.recipientId"),
                            Messages.tr("ladder.field.status"));
                    for (IssuedNumber n : numbers) {
                        printRow(out, n.number(), text(n.issuedOn()), Messages.tr(n.tier().messageKey()),
                                Messages.tr(n.type().messageKey()), n.title(), n.recipientName(),
                                Messages.tr(n.status().messageKey()));
                    }
                    spec.commandLine().getErr().println(year == null
                            ? Messages.tr("ladder.cli.numbers.totalAll", numbers.size())
                            : Messages.tr("ladder.cli.numbers.total", String.valueOf(year), numbers.size()));
                }
            }
            return Cli.OK;
        }
    }
}
