package io.aura360.app.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused secret as one line naming the variable, instead of Spring's stack trace. */
final class InsecureSecretFailureAnalyzer extends AbstractFailureAnalyzer<InsecureSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InsecureSecretException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set " + cause.variable() + " to a real value, e.g. generated with: openssl rand -base64 48",
                cause);
    }
}
