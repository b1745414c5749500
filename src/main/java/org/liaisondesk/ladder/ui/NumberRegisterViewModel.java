package org.liaisondesk.ladder.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.ladder.model.IssuedNumber;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.settings.model.Settings;

/**
 * The issue register (发文登记簿): every number given in the chosen year (or all years), in the order given, with a
 * search over what the table shows; export to Excel and the printed register's title. The register of a year is
 * read in the background when the year changes; the search filters the rows on screen (a year holds tens of
 * numbers, not thousands). A null year means 全部年份.
 */
public final class NumberRegisterViewModel {
    private final RecommendationService ladder;
    private final Supplier<Settings> settings;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final BiConsumer<Window, Long> openRecommendation;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<NumberRegisterItem> all = FXCollections.observableArrayList();
    private final FilteredList<NumberRegisterItem> shown = new FilteredList<>(all, i -> true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private long generation;
    private boolean updatingChoices;

    private record Loaded(List<Integer> years, List<IssuedNumber> numbers) {
    }

    public NumberRegisterViewModel(RecommendationService ladder, Supplier<Settings> settings,
                                   BackgroundExecutor executor, DialogService dialogs,
                                   BiConsumer<Window, Long> openRecommendation) {
        this.ladder = Objects.requireNonNull(ladder, "ladder");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.openRecommendation = Objects.requireNonNull(openRecommendation, "openRecommendation");
        year.set(ladder.today().getYear());
        years.setAll(yearChoices(List.of(), ladder.today().getYear()));
        year.addListener((obs, was, now) -> {
            if (!updatingChoices) {
                load();
            }
        });
        searchText.addListener((obs, was, now) -> applySearch());
    }

    /** The year choices: 全部年份 (null) first, then this year and every year with numbers, the latest first. */
    static List<Integer> yearChoices(List<Integer> withNumbers, int thisYear) {
        TreeSet<Integer> set = new TreeSet<>(withNumbers);
        set.add(thisYear);
        List<Integer> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(set.descendingSet());
        return choices;
    }

    /** Loads the years and the chosen year's register in the background (the first time: this year's). */
    public void load() {
        long mine = ++generation;
        Integer chosen = year.get();
        loading.set(true);
        executor.run(() -> new Loaded(ladder.numberYears(), ladder.numbers(chosen)), loaded -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            List<Integer> choices = yearChoices(loaded.years(), ladder.today().getYear());
            if (!choices.equals(years)) {
                // Replacing the year box's items may clear its value for a moment: keep the chosen year.
                updatingChoices = true;
                try {
                    years.setAll(choices);
                    year.set(chosen);
                } finally {
                    updatingChoices = false;
                }
            }
            all.setAll(loaded.numbers().stream().map(NumberRegisterViewModel::item).toList());
            applySearch();
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                dialogs.showError(Messages.tr("ladder.numbers.title"), ErrorText.of(e));
            }
        });
    }

    static NumberRegisterItem item(IssuedNumber n) {
        String status = n.withdrawn() ? Messages.tr("ladder.numbers.withdrawn") : Messages.tr(n.status().messageKey());
        if (n.deleted()) {
            status = Messages.tr("ladder.numbers.deleted", status);
        }
        return new NumberRegisterItem(n.recommendationId(), n.number(),
                n.issuedOn() == null ? "" : n.issuedOn().toString(), Messages.tr(n.tier().messageKey()),
                Messages.tr(n.type().messageKey()), n.title(), n.recipientName(), status, n.withdrawn());
    }

    private void applySearch() {
        String text = searchText.get();
        shown.setPredicate(i -> i.matches(text));
        long withdrawn = all.stream().filter(NumberRegisterItem::withdrawn).count();
        String scope = yearText(year.get());
        if (all.size() == shown.size()) {
            summary.set(Messages.tr("ladder.numbers.summary", scope, all.size(), withdrawn));
        } else {
            summary.set(Messages.tr("ladder.numbers.summaryFiltered", scope, shown.size(), all.size(), withdrawn));
        }
        emptyText.set(all.isEmpty() ? Messages.tr("ladder.numbers.empty", scope)
                : Messages.tr("ladder.numbers.noMatch"));
    }

    /** "2026年" or "全部年份". */
    public static String yearText(Integer year) {
        return year == null ? Messages.tr("ladder.numbers.allYears")
                : Messages.tr("ladder.numbers.yearItem", String.valueOf(year));
    }

    /** The printed register's title: "XX人民检察院 发文登记簿（2026年）", without the office when none is set. */
    public String printTitle() {
        String office = settings.get().getOfficeName();
        String scope = yearText(year.get());
        return office.isEmpty() ? Messages.tr("ladder.numbers.printTitleNoOffice", scope)
                : Messages.tr("ladder.numbers.printTitle", office, scope);
    }

    /** What every printed page says at its foot: the day it was printed. */
    public String printFooter() {
        return Messages.tr("ladder.numbers.printedOn", ladder.today().toString());
    }

    /** The exported file's default name. */
    public String exportFileName() {
        return Messages.tr("ladder.numbers.fileName", yearText(year.get()));
    }

    /**
     * Writes the chosen year's register to an .xlsx file in the background. A file that exists and was not
     * confirmed for replacement by the save dialog is replaced only when the user agrees.
     */
    public void export(Path target, boolean overwrite) {
        Integer chosen = year.get();
        executor.run(() -> !overwrite && Files.exists(target), asks -> {
            if (asks && !dialogs.confirm(Messages.tr("export.title"),
                    Messages.tr("ladder.numbers.overwrite", target.getFileName()),
                    Messages.tr("ladder.numbers.overwriteConfirm"))) {
                return;
            }
            dialogs.notify(Messages.tr("ladder.numbers.exporting"), null, null);
            executor.run(() -> ladder.exportNumbers(chosen, target, overwrite || asks),
                    n -> dialogs.notify(Messages.tr("ladder.numbers.exported", n, target), null, null),
                    e -> dialogs.showError(Messages.tr("export.title"), ErrorText.of(e)));
        }, e -> dialogs.showError(Messages.tr("export.title"), ErrorText.of(e)));
    }

    /** Opens the document's page through the main window's callback. */
    public void open(Window owner, NumberRegisterItem item) {
        if (item != null) {
            openRecommendation.accept(owner, item.recommendationId());
        }
    }

    /** The rows the table shows now (search applied): what is printed. */
    public List<NumberRegisterItem> shownItems() {
        return List.copyOf(shown);
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<NumberRegisterItem> items() {
        return shown;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the empty table says: no number in the year, or none matching the search. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Tells the user that no printer can be used (none installed, or the system refused the job). */
    public void printingUnavailable() {
        dialogs.showInfo(Messages.tr("ladder.numbers.print"), Messages.tr("ladder.numbers.noPrinter"));
    }

    /**
     * Sends {@code count} prepared pages to the printer in the background ({@code printPage} prints one and says
     * whether the printer took it; {@code endJob} finishes the job), then says how it went.
     */
    public void printPages(int count, IntPredicate printPage, BooleanSupplier endJob) {
        dialogs.notify(Messages.tr("ladder.numbers.printing", count), null, null);
        executor.run(() -> {
            for (int i = 0; i < count; i++) {
                if (!printPage.test(i)) {
                    return false;
                }
            }
            return endJob.getAsBoolean();
        }, done -> {
            if (done) {
                dialogs.notify(Messages.tr("ladder.numbers.printed", count), null, null);
            } else {
                dialogs.showError(Messages.tr("ladder.numbers.print"), Messages.tr("ladder.numbers.printFailed"));
            }
        }, e -> dialogs.showError(Messages.tr("ladder.numbers.print"), ErrorText.of(e)));
    }
}
