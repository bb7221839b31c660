package io.aura360.app.doctor;

/** What one check found: its verdict and the line a person reads next to it. */
public record Finding(Status status, String detail) {

    public enum Status {
        PASS,
        WARN,
        FAIL
    }

    static Finding pass(String detail) {
        return new Finding(Status.PASS, detail);
    }

    static Finding warn(String detail) {
        return new Finding(Status.WARN, detail);
    }

    static Finding fail(String detail) {
        return new Finding(Status.FAIL, detail);
    }
}
