package org.icosim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * One runner for every many-run command: in the command line and the experiment machinery, only
 * the sweep engine ({@link SweepRunner}) starts threads or makes thread pools, so {@code sweep},
 * {@code compare} (and {@code compare --ensemble}), {@code validate} and both kinds of
 * {@code calibrate} share its guarantees (runs in ascending id, each handed to a journal, the first
 * failure named). Read from the bytecode (ArchUnit); nested and anonymous classes count as their
 * top-level class.
 */
class OneRunnerTest {

    private static String topLevel(JavaClass c) {
        String name = c.getName();
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

    /** Top-level classes of these packages that make a thread or a pool. */
    static Set<String> threadMakers(String... packages) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            for (JavaAccess<?> access : c.getAccessesFromSelf()) {
                String owner = access.getTargetOwner().getName();
                boolean thread = owner.equals(Thread.class.getName()) && access.getName().equals("<init>");
                boolean pool = owner.equals(java.util.concurrent.Executors.class.getName())
                        || owner.equals(java.util.concurrent.ThreadPoolExecutor.class.getName())
                        || owner.equals(java.util.concurrent.ForkJoinPool.class.getName());
                if (thread || pool) found.add(topLevel(c));
            }
        }
        return found;
    }

    @Test
    void onlyTheSweepEngineRunsRunsOnThreads() {
        assertEquals(Set.of(SweepRunner.class.getName()), threadMakers("org.icosim.cli", "org.icosim.experiment"));
    }

    @Test
    void theCheckSeesAThreadPool() {
        // The rule would pass vacuously if it missed pools: the patient loop's own pool is found.
        Set<String> model = threadMakers("org.icosim.model.patients");
        assertFalse(model.isEmpty());
        assertEquals(List.of("org.icosim.model.patients.PatientLoop"), List.copyOf(model));
    }
}
