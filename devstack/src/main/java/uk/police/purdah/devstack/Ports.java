package uk.police.purdah.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Picks free loopback ports and says plainly which one is taken. */
final class Ports {
    static final String HOST = "127.0.0.1";

    private Ports() {
    }

    /** The given port if it is free, any free port for 0; a {@link PortTakenException} otherwise. */
    static int claim(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return socket.getLocalPort();
        } catch (java.net.BindException e) {
            throw new PortTakenException("port " + port + " (" + what + ") is already in use on " + HOST
                    + "; stop what holds it or choose another port (see --help)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class PortTakenException extends RuntimeException {
        PortTakenException(String message) {
            super(message);
        }
    }
}
