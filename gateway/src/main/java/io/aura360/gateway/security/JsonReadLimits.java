package io.aura360.gateway.security;

import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parser limits of the application's one {@link JsonMapper}: nesting depth and number length, well below
 * Jackson's defaults (500 levels, 1000 digits) and well above anything a valid request holds. A breach is a
 * 422 {@code invalid-request} ({@code ApiExceptionHandler}). The stream factory can only be chosen when the
 * builder is created, so this replaces Boot's builder bean and then applies Boot's customizers to it, in order.
 */
@Configuration(proxyBeanMethods = false)
class JsonReadLimits {

    static final int MAX_NESTING_DEPTH = 16;

    static final int MAX_NUMBER_LENGTH = 40;

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .build());
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
