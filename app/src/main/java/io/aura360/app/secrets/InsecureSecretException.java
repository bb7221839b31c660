package io.aura360.app.secrets;

/** A secret in the configuration that must not be used; names the environment variable that holds it. */
public final class InsecureSecretException extends RuntimeException {

    private final String variable;

    InsecureSecretException(String variable, String reason) {
        super(variable + " " + reason);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
