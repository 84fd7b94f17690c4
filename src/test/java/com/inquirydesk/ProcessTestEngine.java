package com.inquirydesk;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The in-memory engine a process test runs its diagram on: full history, no job executor (tests execute
 * jobs themselves after moving the clock), and delegate expressions resolved from the test's bean map.
 */
public final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    /**
     * @param name  unique per test class: several process tests share the JVM, and a name of its own keeps
     *              each engine (and its H2 database) apart in the engine registry
     * @param beans filled by the test before each run; the engine reads it on every expression
     */
    public static ProcessEngineExtension extension(String name, Map<Object, Object> beans) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        return ProcessEngineExtension.builder().useProcessEngine(configuration.buildProcessEngine()).build();
    }
}
