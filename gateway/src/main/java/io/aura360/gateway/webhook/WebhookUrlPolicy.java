package io.aura360.gateway.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Which webhook URLs the gateway will call: https only, and never an address inside our own networks or one
 * that is not globally reachable (IANA's IPv4 and IPv6 special-purpose registries: loopback, private, link-local —
 * cloud metadata lives at 169.254.169.254 —, carrier-grade NAT, benchmarking, documentation, reserved, multicast,
 * unique-local, and the translation prefixes NAT64, 6to4 and Teredo that embed an IPv4 address), which would turn
 * webhooks into a way to probe them (SSRF). Both rules can be relaxed for development. A host is resolved once per
 * connection by {@link #approvedAddresses}, and the connection is made to exactly those addresses, so a DNS answer
 * that changes between the check and the connection (rebinding) cannot reach an internal address.
 */
public final class WebhookUrlPolicy {

    /** IPv4-mapped IPv6 addresses ({@code ::ffff:0:0/96}) arrive here already as IPv4 (InetAddress converts them). */
    private static final List<IpAddressMatcher> BLOCKED = List.of(
                    "0.0.0.0/8",
                    "10.0.0.0/8",
                    "100.64.0.0/10",
                    "127.0.0.0/8",
                    "169.254.0.0/16",
                    "172.16.0.0/12",
                    "192.0.0.0/24",
                    "192.0.2.0/24",
                    "192.88.99.0/24",
                    "192.168.0.0/16",
                    "198.18.0.0/15",
                    "198.51.100.0/24",
                    "203.0.113.0/24",
                    "224.0.0.0/4",
                    "240.0.0.0/4",
                    "::/96",
                    "64:ff9b::/96",
                    "64:ff9b:1::/48",
                    "100::/64",
                    "2001::/23",
                    "2001:db8::/32",
                    "2002::/16",
                    "3fff::/20",
                    "5f00::/16",
                    "fc00::/7",
                    "fe80::/10",
                    "fec0::/10",
                    "ff00::/8")
            .stream()
            .map(IpAddressMatcher::new)
            .toList();

    private final boolean allowInsecure;

    private final boolean allowPrivate;

    private final HostResolver resolver;

    public WebhookUrlPolicy(boolean allowInsecure, boolean allowPrivate) {
        this(allowInsecure, allowPrivate, InetAddress::getAllByName);
    }

    WebhookUrlPolicy(boolean allowInsecure, boolean allowPrivate, HostResolver resolver) {
        this.allowInsecure = allowInsecure;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * The URL when acceptable, its host resolved and checked; otherwise an {@link IllegalArgumentException}. With
     * private addresses allowed (development) there is nothing to check an address against, so the host is not
     * resolved here: a development host need not resolve at registration, and delivery resolves it anyway.
     */
    public URI check(String url) {
        URI uri = checkForm(url);
        if (allowPrivate) {
            return uri;
        }
        try {
            approvedAddresses(uri.getHost());
        } catch (RefusedWebhookAddressException ex) {
            throw new IllegalArgumentException(ex.getMessage());
        } catch (UnknownHostException ex) {
            throw new IllegalArgumentException("the webhook host does not resolve");
        }
        return uri;
    }

    /** The URL when its scheme, host and credentials are acceptable, without resolving the host. */
    URI checkForm(String url) {
        URI uri = parse(url);
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            throw new IllegalArgumentException("webhook URLs must use https");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("webhook URLs need a host and no credentials");
        }
        return uri;
    }

    /** Resolves {@code host} once and returns its addresses, refusing all of them if any one is internal. */
    InetAddress[] approvedAddresses(String host) throws UnknownHostException {
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = resolver.resolve(literal);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new RefusedWebhookAddressException(
                            "webhook URLs may not point to private or local addresses");
                }
            }
        }
        return addresses;
    }

    static boolean isInternal(InetAddress address) {
        String text = address.getHostAddress();
        return address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()
                || BLOCKED.stream().anyMatch(range -> range.matches(text));
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException | NullPointerException ex) {
            throw new IllegalArgumentException("not a valid URL");
        }
    }

    /** How host names become addresses; the system resolver in production, a scripted one in tests. */
    @FunctionalInterface
    interface HostResolver {

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A host that resolves to an internal address: never retried, never connected to. */
    static final class RefusedWebhookAddressException extends UnknownHostException {

        RefusedWebhookAddressException(String reason) {
            super(reason);
        }
    }
}
