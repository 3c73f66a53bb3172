package nl.opmaat.serve;

import java.util.Locale;

/**
 * Guards against DNS rebinding: a web page on another site can make a browser send requests to 127.0.0.1 under its
 * own host name, and read the answers as if they came from that site. The preview answers only requests addressed to
 * itself by name: {@code Host: 127.0.0.1:<port>} or {@code Host: localhost:<port>}.
 */
final class HostCheck {

    private final String numeric;
    private final String named;

    HostCheck(int port) {
        this.numeric = "127.0.0.1:" + port;
        this.named = "localhost:" + port;
    }

    boolean allows(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.equals(numeric) || h.equals(named);
    }
}
