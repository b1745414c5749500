package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.data.SuggestionRepository;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.SuggestionRule;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.service.SuggestionService;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The suggestions on screen: dismissed with a typed Chinese reason, brought back, and one accepted. */
@ExtendWith(ApplicationExtension.class)
class SuggestionsViewTest {
    private static final String REASON = "已由区生态环境局立案查处";

    @TempDir
    static Path dir;

    LadderFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    FxBackgroundExecutor executor;
    SuggestionsViewModel model;
    List<Long> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        Messages.use(Messages.CHINESE);
        f = new LadderFixture(Files.createTempDirectory(dir, "register"));
        long district = f.recipient("清溪区人民政府", null);
        long town = f.recipient("清溪镇人民政府", district);
        for (String name : List.of("清溪河甲段采砂案", "清溪河乙段采砂案", "清溪河丙段采砂案")) {
            f.matters.save(Matter.builder().businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.ECOLOGY)
                    .name(name).problem("河道非法采砂").acceptedOn(LocalDate.of(2026, 10, 1)).build());
        }
        long m = f.matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
        f.served(f.completeDraft(town, m).type(RecommendationType.SOCIAL_GOVERNANCE).build(), LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8));
        executor = new FxBackgroundExecutor();
        model = show(stage, f, executor, dialogs, (owner, id) -> opened.add(id));
    }

    /** The suggestions view of {@code f}'s register on {@code stage}, asked to work them out; its model. */
    static SuggestionsViewModel show(Stage stage, LadderFixture f, FxBackgroundExecutor executor,
                                     RecordingDialogs dialogs, java.util.function.BiConsumer<javafx.stage.Window, Long> open) {
        SuggestionService service = new SuggestionService(f.reg.db, new SuggestionRepository(f.reg.audit), f.ladder,
                () -> f.settings, TestRegister.CLOCK);
        SuggestionsViewModel model = new SuggestionsViewModel(service, executor, dialogs, open);
        SuggestionsView view = new SuggestionsView(model);
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1000, 650);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.show();
        return model;
    }

    @AfterEach
    void tearDown() {
        executor.close();
        f.close();
    }

    @Test
    void dismissesWithAReasonBringsItBackAndAcceptsTheNextTier(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.items().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".suggestion-reason").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("近 12 个月内有 3 件“河道非法采砂”（生态环境）案件或线索")));

        ComboBox<SuggestionRule> rules = robot.lookup("#ruleBox").queryComboBox();
        robot.interact(() -> rules.getSelectionModel().select(SuggestionRule.CLASS_CASE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.items().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".suggestion-evidence-pane").queryAs(TitledPane.class).lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".suggestion-evidence .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("清溪河甲段采砂案")), "the evidence expands");

        robot.clickOn(robot.lookup(".suggestion-dismiss").queryButton());
        robot.clickOn("#dismissConfirm");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".field-error").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText().equals("请填写不采纳的理由")));
        robot.clickOn("#dismissReason").write(REASON);
        robot.clickOn("#dismissConfirm");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.dismissals().size() == 1 && model.items().isEmpty());
        assertEquals(REASON, model.dismissals().get(0).reason());

        robot.clickOn("#dismissedToggle");
        TableView<SuggestionDismissalItem> table = robot.lookup("#dismissedTable").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#restoreButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.dismissals().isEmpty() && model.items().size() == 1);
        robot.clickOn("#dismissedToggle");

        robot.interact(() -> rules.getSelectionModel().select(SuggestionRule.NEXT_TIER));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.items().size() == 1
                && model.items().get(0).suggestion().rule() == SuggestionRule.NEXT_TIER);
        WaitForAsyncUtils.waitForFxEvents();
        Button accept = robot.lookup(".suggestion-accept").queryButton();
        assertEquals("采纳（生成草稿）", accept.getText());
        robot.clickOn(accept);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opened.size() == 1);
        assertEquals(Tier.CLASS, f.ladder.find(opened.get(0)).orElseThrow().recommendation().tier());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.items().isEmpty());
    }
}
