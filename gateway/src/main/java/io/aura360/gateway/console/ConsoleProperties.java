package io.aura360.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web console ({@code aura.console.*}). {@code devSignIn} lets the console mint dev tokens for a chosen user:
 * the launcher turns it on only while the data directory's dev secret checks tokens (neither
 * {@code AURA_JWT_SECRET} nor {@code AURA_JWKS_URL} set). {@code supabaseUrl} is the project the console names on
 * its sign-in page and may connect to (it is added to the page's {@code connect-src}).
 */
@ConfigurationProperties("aura.console")
public record ConsoleProperties(boolean devSignIn, String supabaseUrl) {

    public ConsoleProperties {
        supabaseUrl = (supabaseUrl == null || supabaseUrl.isBlank()) ? null : supabaseUrl.strip();
    }
}
