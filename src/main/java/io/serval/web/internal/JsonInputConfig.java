package io.serval.web.internal;

import io.serval.core.Texts;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How strictly JSON input is read. Whole numbers (such as {@code version}) must be JSON numbers: {@code "1"},
 * {@code 1.5}, {@code true} or {@code ""} are refused instead of being coerced, so that a version check cannot be
 * dodged by a string. Text that the database cannot store (NUL, a lone surrogate) is refused where it is read,
 * naming its field.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfig {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .withCoercionConfig(LogicalType.Integer, whole -> whole
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("storable-text").addDeserializer(String.class, new StorableText()));
    }

    /** Jackson's own string reading, refusing what no column can hold. */
    static final class StorableText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && !Texts.storable(text)) {
                throw context.weirdStringException(Texts.printable(text), String.class,
                        "contains a NUL character or a broken surrogate pair");
            }
            return text;
        }
    }
}
