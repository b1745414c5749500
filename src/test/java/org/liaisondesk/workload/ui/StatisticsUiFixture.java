package org.liaisondesk.workload.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.documents.service.PoiTlTemplateRenderer;
import org.liaisondesk.documents.service.TemplateService;
import org.liaisondesk.documents.service.TemplateStore;
import org.liaisondesk.documents.ui.FileOpener;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.workload.WorkloadFixture;
import org.liaisondesk.workload.service.ChartRenderer;
import org.liaisondesk.workload.service.MeetingPackService;

/**
 * The statistics' known register ({@link WorkloadFixture}: 2026年第三季度 holds a little of everything, today is
 * 2026-11-23) with what the screens need around it: the settings as the application keeps them, the meeting pack
 * over the shipped templates, and the screen's context.
 */
final class StatisticsUiFixture implements AutoCloseable {
    final WorkloadFixture w;
    final ChartRenderer charts = new ChartRenderer();
    final MeetingPackService meetingPack;
    private final Settings settings;

    StatisticsUiFixture(Path folder) {
        w = new WorkloadFixture(folder.resolve("register"));
        settings = w.ladder.settings;
        settings.setOfficeName("崇溪区人民检察院");
        TemplateStore store = new TemplateStore(folder.resolve("templates"));
        PoiTlTemplateRenderer renderer = new PoiTlTemplateRenderer();
        meetingPack = new MeetingPackService(w.reg.db, store, new TemplateService(store, renderer), renderer, charts,
                this::settings, w.reg.audit);
    }

    synchronized Settings settings() {
        return settings.copy();
    }

    /** Applies a change to the settings the statistics read, as {@code AppContext::updateSettings} does. */
    synchronized Settings update(Consumer<Settings> change) {
        change.accept(settings);
        return settings.copy();
    }

    StatisticsContext context(BackgroundExecutor executor, DialogService dialogs, FileOpener.Launcher launcher) {
        return new StatisticsContext(w.statistics, charts, meetingPack, w.reg.roster, this::settings, this::update,
                executor, dialogs, launcher);
    }

    @Override
    public void close() {
        w.close();
    }
}
