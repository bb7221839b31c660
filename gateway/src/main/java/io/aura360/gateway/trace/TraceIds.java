package io.aura360.gateway.trace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The W3C trace id of a request: taken from a valid incoming {@code traceparent} header, otherwise a new random
 * one. Stored as a request attribute so that problems, envelopes and rows all carry the same id.
 */
public final class TraceIds {

	public static final String ATTRIBUTE = TraceIds.class.getName();

	private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");

	private static final String INVALID = "00000000000000000000000000000000";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TraceIds() {
	}

	public static String of(HttpServletRequest request) {
		Object existing = request.getAttribute(ATTRIBUTE);
		if (existing instanceof String id) {
			return id;
		}
		String id = fromTraceparent(request.getHeader("traceparent"));
		request.setAttribute(ATTRIBUTE, id);
		return id;
	}

	static String fromTraceparent(String header) {
		if (header != null) {
			Matcher matcher = TRACEPARENT.matcher(header.strip());
			if (matcher.matches() && !INVALID.equals(matcher.group(1))) {
				return matcher.group(1);
			}
		}
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
