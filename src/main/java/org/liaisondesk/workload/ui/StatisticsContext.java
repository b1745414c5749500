package org.liaisondesk.workload.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.documents.ui.FileOpener;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.workload.service.ChartRenderer;
import org.liaisondesk.workload.service.MeetingPackService;
import org.liaisondesk.workload.service.StatisticsService;

/**
 * What the statistics screen needs from the application, built once by the main window: the services, the roster
 * for the station and prosecutor lists, the settings in force and how to save a change to them
 * ({@code AppContext::updateSettings}, for remembering the output folder), background work, messages, and what opens
 * files on this system ({@link FileOpener#DESKTOP}).
 */
public record StatisticsContext(StatisticsService statistics, ChartRenderer charts, MeetingPackService meetingPack,
                                RosterService roster, Supplier<Settings> settings,
                                Function<Consumer<Settings>, Settings> updateSettings, BackgroundExecutor executor,
                                DialogService dialogs, FileOpener.Launcher launcher) {
}
