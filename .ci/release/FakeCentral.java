import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A local stand-in for the Central Publisher Portal's upload endpoint, for the release dry run:
 * accepts POST /api/v1/publisher/upload (multipart, part "bundle"), saves the bundle, answers a
 * deployment id. Nothing else; the release profile is told to wait for "uploaded" only.
 *
 * <p>java FakeCentral.java PORT_FILE BUNDLE_OUT
 */
public class FakeCentral {
  public static void main(String[] args) throws Exception {
    Path portFile = Paths.get(args[0]);
    Path out = Paths.get(args[1]);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/publisher/upload", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        body = buffer.toByteArray();
      }
      String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      int status;
      String answer;
      int b = type.indexOf("boundary=");
      if (!"POST".equals(exchange.getRequestMethod()) || b < 0 || auth == null) {
        status = 400;
        answer = "expected an authorized multipart POST";
      } else {
        byte[] part = bundlePart(body, type.substring(b + "boundary=".length()).replace("\"", ""));
        if (part == null) {
          status = 400;
          answer = "no part named bundle";
        } else {
          Files.write(out, part);
          status = 201;
          answer = "dry-run-deployment-0001";
          System.out.println("FakeCentral: received " + part.length + " bytes ("
              + exchange.getRequestURI().getRawQuery() + ")");
        }
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    Files.write(portFile, String.valueOf(server.getAddress().getPort()).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] bundlePart(byte[] body, String boundary) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    int at = 0;
    while ((at = text.indexOf(delimiter, at)) >= 0) {
      int headersEnd = text.indexOf("\r\n\r\n", at);
      if (headersEnd < 0) {
        return null;
      }
      String headers = text.substring(at, headersEnd);
      int next = text.indexOf("\r\n" + delimiter, headersEnd);
      if (headers.contains("name=\"bundle\"") && next > 0) {
        byte[] part = new byte[next - headersEnd - 4];
        System.arraycopy(body, headersEnd + 4, part, 0, part.length);
        return part;
      }
      at = headersEnd;
    }
    return null;
  }
}
