package io.aura360.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A model endpoint that hangs: it accepts connections on loopback, reads nothing and never answers, like a
 * wedged inference server. Counts the connections so a test can see the model call is in flight.
 */
final class SilentModelServer implements AutoCloseable {

    private final ServerSocket socket;

    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    SilentModelServer() throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try {
                    accepted.add(socket.accept());
                } catch (IOException ex) {
                    return; // closed
                }
            }
        });
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    int connections() {
        return accepted.size();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket open : accepted) {
            open.close();
        }
    }
}
