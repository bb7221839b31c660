package io.aura360.platform;

import javax.net.ssl.SSLContext;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.ssl.SslBundles;

/**
 * The SSL bundle ({@code spring.ssl.bundle.*}) whose certificate a service presents when it calls another that
 * requires mTLS ({@code aura.tls.bundle}); blank for plain TLS with the JDK's defaults.
 */
@ConfigurationProperties("aura.tls")
public record ClientTlsProperties(@DefaultValue("") String bundle) {

    /** The named bundle's key and trust material, or null (JDK defaults) when mTLS is not configured. */
    public SSLContext sslContext(SslBundles bundles) {
        return (bundle == null || bundle.isBlank())
                ? null
                : bundles.getBundle(bundle).createSslContext();
    }
}
