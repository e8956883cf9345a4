package io.github.ampark.samples;

import io.github.ampark.samples.bolink.BolinkSample;
import io.github.ampark.samples.fourpyun.FourPyunSample;
import io.github.ampark.samples.wanzhuang.WanzhuangSample;
import io.github.ampark.samples.wikeyun.WikeyunSample;
import io.github.ampark.samples.yinli.YinliSample;
import java.io.PrintStream;

/**
 * Runs every vendor's end-to-end flow, one after another. Each runs against its in-process fake
 * unless that vendor's credentials are set as environment variables (see each sample's Javadoc).
 *
 * <p>From the repository root: {@code mvn -B -q -Psamples -pl samples -am package}
 */
public final class RunAllSamples {
  private RunAllSamples() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    section(out, "Wikeyun (微客云): add a card, recharge, receive and confirm the callback");
    WikeyunSample.run(out);
    section(out, "4pyun (PP停车 / P云): full VIP renewal sync, one incremental renewal, enter and leave");
    FourPyunSample.run(out);
    section(out, "Bolink (泊链): entry, exit, charging discount, query, refund");
    BolinkSample.run(out);
    section(out, "Yinli (印力): a month of meter readings through the 0.1 envelope, and a resent top-up booked once");
    YinliSample.run(out);
    section(out, "Wanzhuang (万庄): register a device, set a mode, charge, receive start and finish callbacks, stop, print the bill");
    WanzhuangSample.run(out);
    out.println();
    out.println("All samples finished.");
  }

  static void section(PrintStream out, String title) {
    out.println();
    out.println("=== " + title + " ===");
  }
}
