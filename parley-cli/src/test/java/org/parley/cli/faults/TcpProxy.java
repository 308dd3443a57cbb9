package org.parley.cli.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a server, so that a test can make the server go away from a client's
 * point of view: {@link #cut()} closes the listening socket and every relayed connection at once,
 * as a crashed server or a dropped network would.
 */
final class TcpProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final String host;
  private final int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private TcpProxy(String host, int port) throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.host = host;
    this.port = port;
    Thread.ofPlatform().daemon().name("proxy-accept").start(this::accept);
  }

  /** A relay to {@code host:port} listening on a free local port. */
  static TcpProxy to(String host, int port) throws IOException {
    return new TcpProxy(host, port);
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Closes the listener and every connection: the server is gone. */
  void cut() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing is all that matters
    }
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException ignored) {
        // already gone
      }
    }
  }

  @Override
  public void close() {
    cut();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(host, port);
        sockets.add(client);
        sockets.add(server);
        pipe(client, server);
        pipe(server, client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void pipe(Socket from, Socket to) {
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // one side closed: the other follows below
              } finally {
                try {
                  to.close();
                } catch (IOException ignored) {
                  // already closed
                }
              }
            });
  }
}
