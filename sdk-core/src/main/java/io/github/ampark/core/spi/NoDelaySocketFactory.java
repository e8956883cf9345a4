package io.github.ampark.core.spi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * The plain sockets of an OkHttp client Ampark creates, with {@code TCP_NODELAY} set (Nagle's
 * algorithm off), as Apache HttpClient, curl and Netty-based clients do by default; OkHttp leaves
 * the JDK's default (Nagle on).
 *
 * <p>Why: a request whose body spans more than one TCP segment (a 4pyun sync batch of 500 rows is
 * ~125 KB; Yinli's sealed batches, multipart uploads) writes its last, partial segment while the
 * earlier ones are still unacknowledged; with Nagle on, the kernel holds that segment until an ACK
 * comes back, and the server's delayed ACK holds the ACK. On loopback that measured ~4 ms per
 * 125 KB request warm and ~20 ms on a connection's first (docs/benchmarks.md, S3); on a real
 * network the delayed ACK is up to 40 ms (Linux) or 200 ms (Windows). OkHttp writes each request
 * through its own buffer and flushes once, so turning Nagle off sends no more packets than needed.
 *
 * <p>TLS sockets are layered by OkHttp over the plain socket this makes, so HTTPS calls get the
 * option too. A client the user supplies ({@code httpClient(...)}) keeps its own socket factory.
 * A socket whose platform refuses the option is used as it is.
 */
final class NoDelaySocketFactory extends SocketFactory {
  private final SocketFactory delegate;

  NoDelaySocketFactory(SocketFactory delegate) {
    this.delegate = delegate;
  }

  /** The one OkHttp calls: an unconnected socket it connects itself. */
  @Override
  public Socket createSocket() throws IOException {
    return noDelay(delegate.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return noDelay(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    return noDelay(delegate.createSocket(address, port, localAddress, localPort));
  }

  private static Socket noDelay(Socket socket) {
    try {
      socket.setTcpNoDelay(true);
    } catch (SocketException e) {
      // an option the platform refuses changes latency only: the socket is still good
    }
    return socket;
  }
}
