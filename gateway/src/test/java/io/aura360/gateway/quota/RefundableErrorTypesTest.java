package io.aura360.gateway.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.ErrorType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The quota refund rule lives in SQL (V16) and names error types as strings: each must stay an {@link ErrorType}
 * the code writes, or a renamed constant would silently stop refunding.
 */
class RefundableErrorTypesTest {

    private static final Pattern RULE = Pattern.compile(
            "quota_refundable_failure\\(error_type text\\).*?select error_type in \\(([^)]*)\\)", Pattern.DOTALL);

    @Test
    void theRefundRuleNamesOnlyErrorTypesOfOurInfrastructure() throws IOException {
        Set<String> refunded = refundedByMigration();

        assertThat(refunded)
                .allSatisfy(name -> assertThat(ErrorType.parse(name)).as(name).isPresent());
        assertThat(refunded.stream().map(ErrorType::valueOf).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        ErrorType.INTERRUPTED,
                        ErrorType.AGENTS_UNAVAILABLE,
                        ErrorType.AGENTS_TIMEOUT,
                        ErrorType.AGENT_PROFILES_UNAVAILABLE,
                        ErrorType.VECTOR_SERVICE_UNAVAILABLE,
                        ErrorType.MODEL_UNAVAILABLE,
                        ErrorType.DEADLINE_EXCEEDED);
    }

    private static Set<String> refundedByMigration() throws IOException {
        String sql;
        try (InputStream in = RefundableErrorTypesTest.class.getResourceAsStream(
                "/db/migration/V16__quota_refund_on_infrastructure_failure.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher rule = RULE.matcher(sql);
        assertThat(rule.find()).as("the refund rule in V16").isTrue();
        return Pattern.compile("'([^']+)'")
                .matcher(rule.group(1))
                .results()
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
    }
}
