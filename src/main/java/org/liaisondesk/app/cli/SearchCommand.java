package org.liaisondesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.search.model.SearchKind;
import org.liaisondesk.search.model.SearchResult;
import org.liaisondesk.search.ui.SearchRow;
import org.liaisondesk.search.ui.SearchRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code search TEXT [--kind K] [--format table|json]}: the global search, personal data masked. */
@Command(name = "search", description = "在全部登记记录中搜索（个人信息脱敏输出）")
final class SearchCommand implements Callable<Integer> {
    enum Kind { visits, leads, cases, work, roster, recipients, recommendations, all }

    enum Format { table, json }

    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "要查找的字词；多个词须全部出现")
    String[] words;

    @Option(names = "--kind", defaultValue = "all", description = "范围：${COMPLETION-CANDIDATES}")
    Kind kind;

    @Option(names = "--format", defaultValue = "table", description = "输出格式：${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--limit", defaultValue = "50", description = "每类最多列出的条数（默认 50）")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 10_000) {
            throw new UserFacingException("cli.search.limit");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext context = AppContext.open(root.dataFolder(), root.clock())) {
            SearchResult result = context.search().search(String.join(" ", words), kinds(), limit);
            var rows = result.hits().stream().map(SearchRows::of).toList();
            if (format == Format.json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } else {
                for (SearchRow r : rows) {
                    out.println(String.join("\t", r.kindText(), r.date(), r.title(), r.context()));
                }
                spec.commandLine().getErr().println(Messages.tr("cli.search.total", result.total()));
            }
        }
        return Cli.OK;
    }

    private EnumSet<SearchKind> kinds() {
        return switch (kind) {
            case visits -> EnumSet.of(SearchKind.VISIT);
            case leads -> EnumSet.of(SearchKind.LEAD);
            case cases -> EnumSet.of(SearchKind.MATTER);
            case work -> EnumSet.of(SearchKind.WORK);
            case roster -> EnumSet.of(SearchKind.LIAISON);
            case recipients -> EnumSet.of(SearchKind.RECIPIENT);
            case recommendations -> EnumSet.of(SearchKind.RECOMMENDATION);
            case all -> EnumSet.allOf(SearchKind.class);
        };
    }
}
