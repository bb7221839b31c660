package io.aura360.app.cli;

/** Turns an exception chain into the one line a person at a terminal needs. */
final class Failures {

	private Failures() {
	}

	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return (message == null || message.isBlank()) ? root.getClass().getSimpleName() : message;
	}

}
