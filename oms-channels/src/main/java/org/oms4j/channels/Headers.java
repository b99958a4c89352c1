package org.oms4j.channels;

import java.util.Map;

/** Case-insensitive header look-up. */
final class Headers {
  private Headers() {}

  static String get(Map<String, String> headers, String name) {
    String direct = headers.get(name);
    if (direct != null) {
      return direct;
    }
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
