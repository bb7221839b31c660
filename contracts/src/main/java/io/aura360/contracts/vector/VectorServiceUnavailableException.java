package io.aura360.contracts.vector;

/** The vector service could not answer (down, timing out, or not ready). Callers may degrade. */
public class VectorServiceUnavailableException extends RuntimeException {

	public VectorServiceUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
