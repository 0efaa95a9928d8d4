package org.casebridge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, checked on the compiled classes, so that a forbidden import
 * fails the build: interfaces -> application -> domain; infrastructure implements the domain's
 * ports; the domain depends on nothing of CaseBridge's outer layers.
 */
class LayerRulesTest {

    private static final String DOMAIN = "org.casebridge.domain..";
    private static final String APPLICATION = "org.casebridge.application..";
    private static final String INFRASTRUCTURE = "org.casebridge.infrastructure..";
    private static final String INTERFACES = "org.casebridge.interfaces..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.casebridge");
    }

    @Test
    void theDomainDependsOnNoOuterLayer() {
        check(noClasses().that().resideInAPackage(DOMAIN).should().dependOnClassesThat()
                .resideInAnyPackage(APPLICATION, INFRASTRUCTURE, INTERFACES));
    }

    @Test
    void theApplicationReachesInfrastructureOnlyThroughDomainPorts() {
        check(noClasses().that().resideInAPackage(APPLICATION).should().dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE, INTERFACES));
    }

    @Test
    void theApplicationNeitherUsesPersistenceNorSeesHttp() {
        check(noClasses().that().resideInAPackage(APPLICATION).should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "jakarta.servlet..", "jakarta.ws.rs..", "jakarta.faces..",
                        "org.primefaces.."));
    }

    @Test
    void theInterfacesNeverReachInfrastructureOrPersistence() {
        check(noClasses().that().resideInAPackage(INTERFACES).should().dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE, "jakarta.persistence.."));
    }

    @Test
    void infrastructureImplementsDomainPortsAndCallsNoUseCase() {
        check(noClasses().that().resideInAPackage(INFRASTRUCTURE).should().dependOnClassesThat()
                .resideInAnyPackage(APPLICATION, INTERFACES));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
