package com.inquirydesk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency direction between packages: features may use {@code system} and {@code text}, and each
 * other without cycles; {@code system} and {@code text} know no feature.
 */
@AnalyzeClasses(packages = "com.inquirydesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("com.inquirydesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule systemDependsOnNoFeature = classes()
            .that().resideInAPackage("com.inquirydesk.system..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("com.inquirydesk..")
                    .or(resideInAPackage("com.inquirydesk.system..")))
            .because("system holds what belongs to no feature; features plug into it, not the other way");

    @ArchTest
    static final ArchRule textDependsOnNoFeature = classes()
            .that().resideInAPackage("com.inquirydesk.text..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("com.inquirydesk..")
                    .or(resideInAPackage("com.inquirydesk.text..")))
            .because("Korean text analysis is shared by triage, VOC and knowledge and must not know them");
}
