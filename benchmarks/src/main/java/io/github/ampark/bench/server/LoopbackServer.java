package io.github.ampark.bench.server;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deliberately lean HTTP/1.1 server for the benchmarks, run as its own process so that its CPU is
 * reported separately from the client's: one thread per keep-alive connection, no parsing beyond
 * the request line, headers and Content-Length/chunked body, canned vendor envelopes chosen by path
 * prefix, an optional fixed delay per request (a far-away vendor), and counters.
 *
 * <p>Control endpoints: {@code GET /__stats} (connections, requests, CPU ns since reset, the last
 * body per path prefix), {@code POST /__reset}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.ampark.bench.server.LoopbackServer [delayMs]};
 * prints {@code PORT <n>} on stdout.
 */
public final class LoopbackServer {
  private static final byte[] WIKEYUN =
      "{\"code\":\"0000\",\"msg\":\"推送成功\",\"data\":{\"order_number\":\"W202411220001\"}}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] FOURPYUN =
      "{\"code\":\"1001\",\"message\":\"成功\",\"hint\":\"\",\"seqno\":\"BENCH-1\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BOLINK = "{\"state\":1,\"errmsg\":\"\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] YINLI =
      "{\"code\":\"200\",\"msg\":\"success\",\"success\":true,\"data\":null}".getBytes(StandardCharsets.UTF_8);

  private static final byte[] WANZHUANG =
      "{\"code\":1,\"message\":\"success\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);

  /** Yinli's sealed answer to deviceInfo, made once with the benchmark's codec (deterministic). */
  private static final class SealedYinli {
    static final byte[] DEVICE_INFO = sealed();

    private static byte[] sealed() {
      io.github.ampark.yinli.YinliCodec.Sealed s = io.github.ampark.bench.contenders.AmparkContenders.Yinli.codec()
          .seal(io.github.ampark.bench.contenders.Fixtures.YL_DEVICE_INFO_ANSWER);
      return ("{\"code\":\"200\",\"msg\":\"success\",\"success\":true,\"data\":{\"body\":\"" + s.body()
          + "\",\"signature\":\"" + s.signature() + "\"}}").getBytes(StandardCharsets.UTF_8);
    }
  }

  private final long delayMs;
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final Map<String, String> lastBodies = new ConcurrentHashMap<>();
  private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private volatile long cpuBaseline = os.getProcessCpuTime();
  private volatile boolean record;

  private LoopbackServer(long delayMs) {
    this.delayMs = delayMs;
  }

  public static void main(String[] args) throws IOException {
    long delay = args.length > 0 ? Long.parseLong(args[0]) : 0;
    ServerSocket server = bind();
    System.out.println("PORT " + server.getLocalPort());
    System.out.flush();
    new LoopbackServer(delay).serve(server);
  }

  /**
   * Starts a server on a daemon thread of this JVM (for tests).
   *
   * @param delayMs delay per request
   * @return the listening socket; close it to stop accepting
   */
  public static ServerSocket startInBackground(long delayMs) throws IOException {
    ServerSocket server = bind();
    Thread t = new Thread(() -> {
      try {
        new LoopbackServer(delayMs).serve(server);
      } catch (IOException e) {
        // closed
      }
    }, "loopback-server");
    t.setDaemon(true);
    t.start();
    return server;
  }

  private static ServerSocket bind() throws IOException {
    return new ServerSocket(0, 1024, InetAddress.getByName("127.0.0.1"));
  }

  private void serve(ServerSocket server) throws IOException {
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "conn");
      t.setDaemon(true);
      return t;
    });
    while (true) {
      Socket socket = server.accept();
      pool.execute(() -> handle(socket));
    }
  }

  private void handle(Socket socket) {
    try (Socket s = socket) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
      OutputStream out = s.getOutputStream();
      boolean counted = false;
      while (true) {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
          return;
        }
        long contentLength = 0;
        boolean chunked = false;
        boolean close = false;
        String header;
        while ((header = line(in)) != null && !header.isEmpty()) {
          int colon = header.indexOf(':');
          if (colon < 0) {
            continue;
          }
          String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          String value = header.substring(colon + 1).trim();
          if (name.equals("content-length")) {
            contentLength = Long.parseLong(value);
          } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
            chunked = true;
          } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
            close = true;
          }
        }
        byte[] body = chunked ? readChunked(in) : readFixed(in, contentLength);
        String[] parts = requestLine.split(" ");
        String path = parts.length > 1 ? parts[1] : "/";
        if (!counted && !path.startsWith("/__")) {
          connections.incrementAndGet(); // control connections are not counted
          counted = true;
        }
        byte[] response = respond(parts[0], path, body);
        if (delayMs > 0 && !path.startsWith("/__")) {
          Thread.sleep(delayMs);
        }
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: "
            + response.length + "\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(response);
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (SocketException e) {
      // client went away
    } catch (IOException | InterruptedException e) {
      // connection ends
    }
  }

  private byte[] respond(String method, String path, byte[] body) {
    if (path.startsWith("/__stats")) {
      StringBuilder sb = new StringBuilder("{\"connections\":").append(connections.get())
          .append(",\"requests\":").append(requests.get())
          .append(",\"cpuNanos\":").append(os.getProcessCpuTime() - cpuBaseline)
          .append(",\"last\":{");
      boolean first = true;
      for (Map.Entry<String, String> e : lastBodies.entrySet()) {
        sb.append(first ? "" : ",").append('"').append(e.getKey()).append("\":\"").append(escape(e.getValue())).append('"');
        first = false;
      }
      return sb.append("}}").toString().getBytes(StandardCharsets.UTF_8);
    }
    if (path.startsWith("/__reset")) {
      connections.set(0);
      requests.set(0);
      lastBodies.clear();
      cpuBaseline = os.getProcessCpuTime();
      record = path.contains("record=1");
      return "{}".getBytes(StandardCharsets.UTF_8);
    }
    requests.incrementAndGet();
    String kind = path.startsWith("/rest/") ? "wikeyun"
        : path.contains("parking/internal") ? "fourpyun"
        : path.startsWith("/unionapi/") || path.startsWith("/zld/") ? "bolink"
        : path.startsWith("/openapi/") ? "yinli"
        : path.startsWith("/open/") ? "wanzhuang" : "other";
    if (record) {
      lastBodies.put(kind, path + " " + new String(body, StandardCharsets.UTF_8));
    }
    switch (kind) {
      case "wikeyun":
        return WIKEYUN;
      case "fourpyun":
        return FOURPYUN;
      case "bolink":
        return BOLINK;
      case "yinli":
        return path.startsWith("/openapi/energy/") ? SealedYinli.DEVICE_INFO : YINLI;
      case "wanzhuang":
        return WANZHUANG;
      default:
        return "{}".getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = buf.toByteArray();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
      }
      buf.write(b);
    }
    return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
  }

  private static byte[] readFixed(InputStream in, long length) throws IOException {
    byte[] body = new byte[(int) length];
    int off = 0;
    while (off < length) {
      int n = in.read(body, off, (int) length - off);
      if (n < 0) {
        throw new IOException("eof in body");
      }
      off += n;
    }
    return body;
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      if (size == null) {
        throw new IOException("eof in chunked body");
      }
      int semi = size.indexOf(';');
      int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
      if (n == 0) {
        String trailer;
        while ((trailer = line(in)) != null && !trailer.isEmpty()) {
          // skip trailers
        }
        return out.toByteArray();
      }
      out.write(readFixed(in, n));
      line(in);
    }
  }
}
