package io.aura360.app.doctor;

/** The deepest message of an exception chain: the one line that names what is wrong. */
final class RootCause {

    private RootCause() {}

    static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return (message == null || message.isBlank()) ? root.getClass().getSimpleName() : message.strip();
    }
}
