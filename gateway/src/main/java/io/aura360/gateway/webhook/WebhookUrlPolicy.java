package io.aura360.gateway.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which webhook URLs the gateway will call: https only, and never an address inside our own networks
 * (loopback, private, link-local — cloud metadata lives at 169.254.169.254 —, carrier-grade NAT, unique-local,
 * multicast), which would turn webhooks into a way to probe them (SSRF). Both rules can be relaxed for
 * development. Checked at registration and again before each delivery (DNS can change in between).
 */
public final class WebhookUrlPolicy {

    private final boolean allowInsecure;

    private final boolean allowPrivate;

    public WebhookUrlPolicy(boolean allowInsecure, boolean allowPrivate) {
        this.allowInsecure = allowInsecure;
        this.allowPrivate = allowPrivate;
    }

    /** The URL when acceptable; otherwise an {@link IllegalArgumentException} saying why. */
    public URI check(String url) {
        URI uri = parse(url);
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            throw new IllegalArgumentException("webhook URLs must use https");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("webhook URLs need a host and no credentials");
        }
        if (!allowPrivate) {
            for (InetAddress address : resolve(uri.getHost())) {
                if (isInternal(address)) {
                    throw new IllegalArgumentException("webhook URLs may not point to private or local addresses");
                }
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        byte[] a = address.getAddress();
        boolean carrierGradeNat = a.length == 4 && (a[0] & 0xff) == 100 && (a[1] & 0xc0) == 64;
        boolean uniqueLocal = a.length == 16 && (a[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()
                || carrierGradeNat
                || uniqueLocal;
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException | NullPointerException ex) {
            throw new IllegalArgumentException("not a valid URL");
        }
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException ex) {
            throw new IllegalArgumentException("the webhook host does not resolve");
        }
    }
}
