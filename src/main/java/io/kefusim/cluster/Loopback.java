package io.kefusim.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A cluster without a secret has a key anyone can work out, so it is kept to this machine: its
 * workers listen on, and its members and clients reach, loopback addresses only.
 */
public final class Loopback {
    private Loopback() {}

    /** Whether HOST or HOST:PORT ([v6]:PORT too) names only this machine. */
    public static boolean is(String hostOrHostPort) {
        String h = hostOrHostPort.trim();
        if (h.startsWith("[")) h = h.substring(1, Math.max(1, h.indexOf(']')));
        else if (h.indexOf(':') == h.lastIndexOf(':') && h.contains(":")) h = h.substring(0, h.indexOf(':'));
        try {
            for (InetAddress a : InetAddress.getAllByName(h)) if (!a.isLoopbackAddress()) return false;
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether {@code ip} is one literal IPv4 or IPv6 address (no name, no wildcard, no range, not "any"). */
    public static boolean isLiteral(String ip) {
        boolean v4 = ip.matches("\\d{1,3}(\\.\\d{1,3}){3}"), v6 = ip.matches("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");
        if (!v4 && !v6) return false;
        try {
            InetAddress a = InetAddress.getByName(ip);
            return !a.isAnyLocalAddress() && !a.isMulticastAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
