package io.github.ampark.bench.jmh;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Which feature of a call a profile sample belongs to: the answer to "what is the rest the cost
 * of?" when Ampark costs more than a hand-written OkHttp call.
 *
 * <p>A sample's stack is walked from the top (the allocating or running frame) towards the caller.
 * The first frame that names a feature decides: an OkHttp interceptor chain step is the engine
 * (connection, HTTP/1.1 codec: work every contender does), a signer frame is signing, and so on.
 * Frames that serve several features (model classes, {@code Checks} called from a decoder) are
 * skipped while a more telling frame lies below them; a value built outside any phase (the typed
 * request the caller builds) counts as the typed request.
 *
 * <p>Frames are {@code "fully.qualified.Class.method"} strings, top first, so the rules can be
 * tested without a recording.
 */
public final class Features {
  /** Connection, HTTP/1.1 codec, OkHttp's own interceptors: what every contender does. */
  public static final String ENGINE = "OkHttp engine (every contender)";
  /** The service method's request template (or Retrofit's), body encoding, the facade's call objects. */
  public static final String REQUEST = "request building (service method, body encoding)";
  /** The typed request: builders and the validation that rejects bad input before sending. */
  public static final String VALIDATION = "typed request + validation";
  /** The string to sign, digests, and adding the signature to the request. */
  public static final String SIGNING = "signing";
  /** Retry, the call deadline and the may-have-reached-the-vendor marker (interceptors). */
  public static final String SAFETY = "retry, deadline, network marker";
  /** Declaring a keyed operation: the send, the reconcile query (built lazily) and the protocol. */
  public static final String KEYED = "keyed-call protocol";
  /** The capped body read, the envelope check and the typed result with open enums. */
  public static final String ANSWER = "answer: bounded read, envelope, typed result";
  /** Yinli's AES + SHA256withRSA envelope (the spec's transport, done by every contender). */
  public static final String CRYPTO = "Yinli envelope crypto";
  /** Samples with no Ampark or OkHttp frame: the harness; for raw OkHttp, its hand-written signing and JSON. */
  public static final String OTHER = "outside OkHttp and Ampark";

  /** The order features are reported in. */
  public static final List<String> ORDER = Collections.unmodifiableList(Arrays.asList(
      ENGINE, REQUEST, VALIDATION, SIGNING, SAFETY, KEYED, ANSWER, CRYPTO, OTHER));

  private Features() {}

  /**
   * The feature a stack belongs to.
   *
   * @param frames {@code Class.method} names, top (innermost) first
   * @return one of the constants of this class
   */
  public static String of(List<String> frames) {
    String pending = null;
    boolean unnamed = false;
    for (String frame : frames) {
      String f = decide(frame);
      if (f == null) {
        continue;
      }
      if (f.equals(UNNAMED)) {
        unnamed = true;
        continue;
      }
      if (f.equals(DECLARATION)) {
        f = unnamed ? REQUEST : KEYED;
      }
      if (f.equals(VALIDATION) || f.equals(AMBIGUOUS)) {
        // a check or a model value: maybe part of decoding or signing further down; keep looking
        if (pending == null || f.equals(VALIDATION)) {
          pending = f;
        }
        continue;
      }
      // a check made while building or declaring the call is still the validation feature
      boolean checkWhileBuilding = VALIDATION.equals(pending) && (f.equals(REQUEST) || f.equals(KEYED));
      return checkWhileBuilding ? VALIDATION : f;
    }
    if (pending != null) {
      return VALIDATION;
    }
    // OkHttp's call machinery (not code that merely uses OkHttp's URL or body builders by hand)
    for (String frame : frames) {
      if (frame.startsWith("okhttp3.internal.connection.RealCall.") || frame.startsWith("okhttp3.internal.http.")
          || frame.startsWith("okhttp3.internal.connection.") || frame.startsWith("okhttp3.OkHttpClient.newCall")) {
        return ENGINE;
      }
    }
    return unnamed ? REQUEST : OTHER;
  }

  private static final String AMBIGUOUS = "ambiguous";

  /**
   * An Ampark class no rule names (a vendor's helper: an HMAC, a JSON writer): it works for the
   * feature of the first named frame below it (a signer, the answer's envelope); request building
   * only if none is named.
   */
  private static final String UNNAMED = "unnamed";

  /**
   * A facade's keyed-call declaration ({@code WikeyunPower.pushOrderCall}): the keyed protocol's
   * own work, or request building when an unnamed helper above it was writing the request.
   */
  private static final String DECLARATION = "declaration";

  private static String decide(String frame) {
    int dot = frame.lastIndexOf('.');
    String cls = dot < 0 ? frame : frame.substring(0, dot);
    String method = dot < 0 ? "" : frame.substring(dot + 1);
    String simple = cls.substring(cls.lastIndexOf('.') + 1);
    if (cls.equals("okhttp3.internal.http.RealInterceptorChain") && method.equals("proceed")
        || cls.equals("okhttp3.OkHttpClient") && method.equals("newCall")
        || cls.startsWith("okhttp3.internal.connection.RealCall")) {
      return ENGINE; // the call object and its interceptor chain, whoever built the request
    }
    if (cls.startsWith("retrofit2.")) {
      return REQUEST;
    }
    if (!cls.startsWith("io.github.ampark.") || cls.startsWith("io.github.ampark.bench.")) {
      return null;
    }
    if (cls.startsWith("io.github.ampark.yinli.") && simple.startsWith("Crypto")) {
      return CRYPTO;
    }
    if (simple.contains("Signer") || cls.startsWith("io.github.ampark.core.signing.") || simple.equals("FormFields")
        || simple.equals("BodyCodec") || simple.equals("OutgoingRequest") || simple.startsWith("SigningInterceptor")) {
      return SIGNING;
    }
    if (simple.startsWith("RetryInterceptor") || simple.startsWith("NetworkMarkerInterceptor")
        || simple.startsWith("CallDeadline") || simple.startsWith("AttemptState")
        || simple.startsWith("TransportFailure")) {
      return SAFETY;
    }
    if (simple.startsWith("BusinessKeyCalls") || simple.startsWith("Reconciliation")) {
      return KEYED;
    }
    if (simple.startsWith("ResponseContext") || simple.contains("Envelope") || simple.equals("Responses")
        || simple.startsWith("JsonTrees") || (simple.equals("VendorSpec") && method.equals("readTree"))
        || simple.startsWith("AnswerFields") || simple.startsWith("Readers") || simple.startsWith("Mappers")
        || simple.startsWith("AmparkJson") || simple.startsWith("CodedEnums") || simple.startsWith("JsonStrings")
        || (simple.startsWith("Exchange") && (method.equals("readBounded") || method.startsWith("decode")
            || method.equals("convert")))) {
      return ANSWER;
    }
    if (simple.startsWith("AmparkCallAdapterFactory") || simple.startsWith("Exchange")
        || simple.startsWith("CompiledService") || simple.startsWith("RequestTemplate")
        || simple.startsWith("RequestOnlyCallFactory") || simple.startsWith("AmparkCall")
        || simple.equals("Forms") || simple.equals("Bodies") || simple.equals("Fields")
        || simple.equals("Multipart") || simple.endsWith("Service")) {
      return REQUEST;
    }
    if (simple.equals("Checks") || simple.equals("Rules") || simple.equals("Validation")
        || method.equals("check") || method.equals("validate")) {
      return VALIDATION;
    }
    if (cls.contains(".model.") || simple.startsWith("Immutable")) {
      return AMBIGUOUS;
    }
    // a facade's keyed-call declaration (WikeyunPower.pushOrderCall) or another facade method
    if (method.endsWith("Call")) {
      return DECLARATION;
    }
    return UNNAMED;
  }
}
