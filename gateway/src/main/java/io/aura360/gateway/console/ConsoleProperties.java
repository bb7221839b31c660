package io.aura360.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web console ({@code aura.console.*}). {@code devSignIn} lets the console mint dev tokens for a chosen user:
 * the launcher turns it on only while the data directory's dev secret checks tokens (neither
 * {@code AURA_JWT_SECRET} nor {@code AURA_JWKS_URL} set). {@code supabaseUrl} is the project the console signs
 * users in with (it is added to the page's {@code connect-src}) and {@code supabaseAnonKey} its anon key, which
 * Supabase publishes to browsers by design: with both set the sign-in page offers email and password.
 */
@ConfigurationProperties("aura.console")
public record ConsoleProperties(boolean devSignIn, String supabaseUrl, String supabaseAnonKey) {

    public ConsoleProperties {
        supabaseUrl = (supabaseUrl == null || supabaseUrl.isBlank())
                ? null
                : supabaseUrl.strip().replaceAll("/+$", "");
        supabaseAnonKey = (supabaseAnonKey == null || supabaseAnonKey.isBlank()) ? null : supabaseAnonKey.strip();
    }
}
