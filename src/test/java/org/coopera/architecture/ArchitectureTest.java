package org.coopera.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package rules of the README's Architecture section and docs/decisions/: one package per
 * feature, whose graph of dependencies has no cycle; entities and repositories stay inside their
 * feature; views are package-private, so other features link to them through the feature's
 * navigation class and add to its pages through sections ({@code base.ui.RecordSection}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    static final List<String> FEATURES = List.of("base", "security", "reference", "workinggroup", "program",
            "policy", "bulletin", "dashboard", "report", "exchange");

    JavaClasses classes;

    @BeforeAll
    void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.coopera");
    }

    @Test
    void everyClassBelongsToAFeaturePackage() {
        classes().that().resideOutsideOfPackage("org.coopera")
                .should().resideInAnyPackage(FEATURES.stream().map(f -> "org.coopera." + f + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void everyFeaturePackageExists() {
        for (String feature : FEATURES) {
            org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.coopera." + feature))
                    .as("feature package org.coopera.%s", feature).isTrue();
        }
    }

    @Test
    void featuresDependOnEachOtherOneWay() {
        slices().matching("org.coopera.(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .because("a feature adds sections to another feature's page instead of being imported by it")
                .check(classes);
    }

    @Test
    void viewsArePackagePrivate() {
        classes().that().areAnnotatedWith(Route.class)
                // the one exception: the security configuration names the sign-in view for Vaadin's access control
                .and().doNotHaveSimpleName("LoginView")
                .should().notBePublic()
                .because("other features link to a view through its feature's navigation class")
                .check(classes);
    }

    @Test
    void entitiesAndRepositoriesStayInsideTheirFeature() {
        for (String feature : FEATURES) {
            String inside = "org.coopera." + feature + "..";
            noClasses().that().resideOutsideOfPackage(inside)
                    .should().dependOnClassesThat(DescribedPredicate.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(inside),
                            DescribedPredicate.or(
                                    com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
                                            .annotatedWith(Entity.class),
                                    com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Repository.class))))
                    .because("a feature uses another feature's services and records, never its entities or repositories")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void entitiesAndRepositoriesAreNotPublic() {
        classes().that().areAnnotatedWith(Entity.class).and().resideOutsideOfPackage("org.coopera.base..")
                .should().notBePublic().allowEmptyShould(true).check(classes);
        classes().that().areAssignableTo(Repository.class).should().notBePublic()
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void viewsUseServicesNotRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void apiControllersUseServicesNotRepositoriesEntitiesOrSql() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .because("the REST API calls the features' public services, which stay the security boundary")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void restControllersLiveInApiPackages() {
        classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..api..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void viewsLiveInUiPackages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(classes);
    }

    @Test
    void everyViewStatesWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should(beAnnotatedWithOneOf(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class))
                .check(classes);
    }

    @Test
    void everyPublicServiceMethodStatesWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .should(beSecured())
                .check(classes);
    }

    private static ArchCondition<JavaClass> beAnnotatedWithOneOf(Class<?>... annotations) {
        return new ArchCondition<>("be annotated with one of the access annotations") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean annotated = java.util.Arrays.stream(annotations)
                        .anyMatch(a -> item.isAnnotatedWith(a.getName()));
                events.add(new SimpleConditionEvent(item, annotated,
                        item.getName() + (annotated ? " states" : " does not state") + " who may open it"));
            }
        };
    }

    private static ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> beSecured() {
        return new ArchCondition<>("state who may call it (@RolesAllowed, @PermitAll, @DenyAll or @PreAuthorize)") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                boolean secured = isSecured(method) || isSecured(method.getOwner());
                events.add(new SimpleConditionEvent(method, secured,
                        method.getFullName() + (secured ? " is" : " is not") + " secured"));
            }

            private boolean isSecured(com.tngtech.archunit.core.domain.properties.CanBeAnnotated element) {
                return element.isAnnotatedWith(RolesAllowed.class) || element.isAnnotatedWith(PermitAll.class)
                        || element.isAnnotatedWith(DenyAll.class) || element.isAnnotatedWith(PreAuthorize.class);
            }
        };
    }
}
