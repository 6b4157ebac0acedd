package dev.interop.benchmarks.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The one guard on targets: load is only ever sent to this machine's loopback range (127.0.0.0/8 or ::1). A URI with
 * any other host, or one that does not resolve to loopback, is refused before a single request is sent.
 */
public final class Loopback {

    private Loopback() {
    }

    /** The URI, if its scheme is http and its host is a loopback address. */
    public static URI require(URI target) {
        if (!"http".equals(target.getScheme()) || target.getHost() == null) {
            throw new IllegalArgumentException("the target must be an http://127.0.0.1:PORT URI: " + target);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("only loopback targets are allowed, " + target.getHost()
                            + " resolves to " + address.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + target.getHost(), e);
        }
        return target;
    }
}
