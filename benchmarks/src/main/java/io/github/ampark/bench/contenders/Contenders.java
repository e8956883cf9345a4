package io.github.ampark.bench.contenders;

import java.util.ArrayList;
import java.util.List;

/** Every contender for the single-call scenarios, by vendor and name. */
public final class Contenders {
  private Contenders() {}

  /** {vendor, contender} pairs in report order: Ampark, raw OkHttp, then the demo styles. */
  public static List<String[]> ids() {
    List<String[]> ids = new ArrayList<>();
    ids.add(new String[] {"wikeyun", "ampark"});
    ids.add(new String[] {"wikeyun", "raw-okhttp"});
    ids.add(new String[] {"wikeyun", "hutool+fastjson"});
    ids.add(new String[] {"4pyun", "ampark"});
    ids.add(new String[] {"4pyun", "raw-okhttp"});
    ids.add(new String[] {"4pyun", "fluent-hc+fastjson"});
    ids.add(new String[] {"4pyun", "hutool+fastjson"});
    ids.add(new String[] {"bolink", "ampark"});
    ids.add(new String[] {"bolink", "raw-okhttp"});
    ids.add(new String[] {"bolink", "hutool+fastjson"});
    ids.add(new String[] {"wanzhuang", "ampark"});
    ids.add(new String[] {"wanzhuang", "raw-okhttp"});
    ids.add(new String[] {"yinli", "ampark"});
    ids.add(new String[] {"yinli", "raw-okhttp"});
    return ids;
  }

  public static Contender create(String vendor, String name, String baseUrl) {
    switch (vendor + "/" + name) {
      case "wikeyun/ampark":
        return new AmparkContenders.Wikeyun(baseUrl);
      case "wikeyun/raw-okhttp":
        return new RawOkHttp.Wikeyun(baseUrl);
      case "wikeyun/hutool+fastjson":
        return new DemoStyle.WikeyunHutool(baseUrl);
      case "4pyun/ampark":
        return new AmparkContenders.FourPyun(baseUrl);
      case "4pyun/raw-okhttp":
        return new RawOkHttp.FourPyun(baseUrl);
      case "4pyun/fluent-hc+fastjson":
        return new DemoStyle.FourPyunFluent(baseUrl);
      case "4pyun/hutool+fastjson":
        return new DemoStyle.FourPyunHutool(baseUrl);
      case "bolink/ampark":
        return new AmparkContenders.Bolink(baseUrl);
      case "bolink/raw-okhttp":
        return new RawOkHttp.Bolink(baseUrl);
      case "bolink/hutool+fastjson":
        return new DemoStyle.BolinkHutool(baseUrl);
      case "wanzhuang/ampark":
        return new AmparkContenders.Wanzhuang(baseUrl);
      case "wanzhuang/raw-okhttp":
        return new RawOkHttp.Wanzhuang(baseUrl);
      case "yinli/ampark":
        return new AmparkContenders.Yinli(baseUrl);
      case "yinli/raw-okhttp":
        return new RawOkHttp.Yinli(baseUrl);
      default:
        throw new IllegalArgumentException("no contender " + vendor + "/" + name);
    }
  }
}
