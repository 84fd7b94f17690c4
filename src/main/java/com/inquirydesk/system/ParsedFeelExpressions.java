package com.inquirydesk.system;

import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;
import org.springframework.stereotype.Component;

/**
 * Decisions (DMN inquiryTriage, slaPolicy, inquiryRouting, surveyFollowUp) evaluate FEEL that is parsed once per
 * expression text instead of on every evaluation. The engine's FEEL integration parses each input and output
 * entry of a table every time the table is evaluated; in the benchmark's profile decision evaluation took a fifth of
 * the intake requests' time, much of it in the parser. A parsed expression is an immutable syntax tree, so it is
 * shared across threads; the texts come from deployed decisions, so the set stays small (a bound only guards
 * against endless redeploys).
 */
@Component
class ParsedFeelExpressions extends AbstractProcessEnginePlugin {

    /** More distinct expression texts than this and the remembered ones are dropped and parsed again. */
    static final int MAX_REMEMBERED = 10_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (!configuration.isDmnFeelEnableLegacyBehavior()) {
            dmn.setFeelEngineFactory(new Factory(configuration));
        }
        configuration.setDmnEngineConfiguration(dmn);
    }

    /**
     * The engine's FEEL integration, built on a FEEL engine that parses each text once. Custom functions are read
     * when the DMN engine is built, so plugins that register them after this one still count.
     */
    static final class Factory extends ScalaFeelEngineFactory {

        private final ProcessEngineConfigurationImpl configuration;

        Factory(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public org.camunda.bpm.dmn.feel.impl.FeelEngine createInstance() {
            List<FeelCustomFunctionProvider> functions = configuration.getDmnFeelCustomFunctionProviders();
            return new ScalaFeelEngine(functions) {
                @Override
                protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                                                     ValueMapper.CompositeValueMapper values) {
                    return new ParsingOnce(functions, values);
                }
            };
        }
    }

    /**
     * The FEEL engine as the engine builds it (its own functions and value mappers, no external functions), whose
     * evaluations go through these parse methods.
     */
    static final class ParsingOnce extends FeelEngine {

        private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
        private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

        ParsingOnce(FunctionProvider functions, ValueMapper values) {
            super(functions, values, new FeelEngine.Configuration(false), FeelEngine.defaultClock());
        }

        @Override
        public Either<FeelEngine.Failure, ParsedExpression> parseExpression(String expression) {
            return remembered(expressions, expression, super::parseExpression);
        }

        @Override
        public Either<FeelEngine.Failure, ParsedExpression> parseUnaryTests(String expression) {
            return remembered(unaryTests, expression, super::parseUnaryTests);
        }

        private static Either<FeelEngine.Failure, ParsedExpression> remembered(
                Map<String, Either<FeelEngine.Failure, ParsedExpression>> parsed, String expression,
                java.util.function.Function<String, Either<FeelEngine.Failure, ParsedExpression>> parser) {
            Either<FeelEngine.Failure, ParsedExpression> known = parsed.get(expression);
            if (known != null) {
                return known;
            }
            if (parsed.size() >= MAX_REMEMBERED) {
                parsed.clear();
            }
            Either<FeelEngine.Failure, ParsedExpression> result = parser.apply(expression);
            parsed.put(expression, result);
            return result;
        }
    }
}
