package io.github.ampark.bench.report;

import java.util.List;
import java.util.Locale;

/** Minimal horizontal bar charts as standalone SVG (no dependencies, readable in any browser or on GitHub). */
final class Svg {
  static final String[] PALETTE = {"#2563eb", "#64748b", "#f59e0b", "#dc2626", "#16a34a", "#9333ea", "#0891b2"};

  record Bar(String label, double value, String series, String note) {}

  private Svg() {}

  static String barChart(String title, String unit, List<Bar> bars, List<String> seriesOrder) {
    int longest = 0;
    for (Bar b : bars) {
      longest = Math.max(longest, b.label().length());
    }
    int labelWidth = Math.max(120, longest * 7 + 16);
    int chartWidth = 480;
    int rowHeight = 22;
    int top = 56;
    int height = top + bars.size() * rowHeight + 40;
    double max = 0;
    for (Bar b : bars) {
      max = Math.max(max, b.value());
    }
    if (max <= 0) {
      max = 1;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n",
        labelWidth + chartWidth + 240, height));
    sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    sb.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", esc(title)));
    int lx = 10;
    for (int i = 0; i < seriesOrder.size(); i++) {
      String color = PALETTE[i % PALETTE.length];
      sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"32\" width=\"10\" height=\"10\" fill=\"%s\"/>", lx, color));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"41\">%s</text>\n", lx + 14, esc(seriesOrder.get(i))));
      lx += 24 + seriesOrder.get(i).length() * 7;
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = top + i * rowHeight;
      int idx = Math.max(0, seriesOrder.indexOf(b.series()));
      int w = (int) Math.round(b.value() / max * chartWidth);
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelWidth - 6, y + 15, esc(b.label())));
      sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"/>",
          labelWidth, y + 3, Math.max(w, 1), PALETTE[idx % PALETTE.length]));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", labelWidth + w + 4, y + 15,
          esc(format(b.value()) + " " + unit + (b.note() == null ? "" : " " + b.note()))));
    }
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>\n",
        labelWidth, top, labelWidth, top + bars.size() * rowHeight));
    sb.append("</svg>\n");
    return sb.toString();
  }

  static String format(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
