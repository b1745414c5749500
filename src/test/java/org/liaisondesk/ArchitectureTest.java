package org.liaisondesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules between layers and features of ARCHITECTURE.md, enforced on every build. */
@AnalyzeClasses(packages = "org.liaisondesk", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Production classes only, wherever the build folder is (ArchUnit's own option expects target/). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule modelDataAndServiceStayFreeOfTheUi = noClasses()
            .that().resideInAnyPackage("..model..", "..data..", "..service..", "org.liaisondesk.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "org.controlsfx..", "javafx.beans..", "javafx.collections..")
            .because("rules, storage and use cases must run in the CLI and in tests without a toolkit; "
                    + "observable properties belong to view models");

    @ArchTest
    static final ArchRule onlyDataAndStorageRunSql = noClasses()
            .that().resideOutsideOfPackages("..data..", "org.liaisondesk.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("SQL lives in repositories (data) and in storage, so a schema change touches one place");

    @ArchTest
    static final ArchRule servicesDoNotTalkToTheUser = noClasses()
            .that().resideInAnyPackage("..model..", "..data..", "..service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.liaisondesk..ui..", "org.liaisondesk.app..")
            .because("only ui talks to the user; lower layers report through return values and exceptions");

    @ArchTest
    static final ArchRule sharedPackagesDependOnNoFeature = noClasses()
            .that().resideInAnyPackage("org.liaisondesk.common..", "org.liaisondesk.storage..",
                    "org.liaisondesk.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("org.liaisondesk.register..",
                    "org.liaisondesk.demo..", "org.liaisondesk.app..")
            .because("common, storage and settings are the foundation every feature builds on");

    @ArchTest
    static final ArchRule onlyTheRendererKnowsTheTemplateEngine = noClasses()
            .that().doNotHaveFullyQualifiedName("org.liaisondesk.documents.service.PoiTlTemplateRenderer")
            .should().dependOnClassesThat().resideInAnyPackage("com.deepoove..")
            .because("poi-tl stays behind our TemplateRenderer interface, so the template engine can be replaced "
                    + "without touching what the documents say (docs/decisions/0017)");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices()
            .matching("org.liaisondesk.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule registerSubFeaturesFormNoCycles = slices()
            .matching("org.liaisondesk.register.(*)..")
            .should().beFreeOfCycles();
}
