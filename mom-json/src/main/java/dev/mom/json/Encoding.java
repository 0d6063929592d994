package dev.mom.json;

import java.util.Optional;

/**
 * The encoding rules of MOM documents: UTF-8 only (as RFC 8259 §8.1 requires of JSON exchanged between
 * systems), with one leading UTF-8 byte-order mark accepted and ignored because common Windows editors
 * write it. UTF-16 and UTF-32 (with or without a byte-order mark) and byte sequences that are not UTF-8
 * (stray continuation bytes, overlong forms, surrogates, code points above U+10FFFF, cut-off sequences)
 * are rejected rather than read as some other text.
 */
final class Encoding {

  private Encoding() {}

  /** Where the JSON text starts: after a UTF-8 byte-order mark, if there is one. */
  static int start(byte[] json) {
    return json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** The name of the other encoding the bytes are in (UTF-16 or UTF-32, by byte-order mark or zero bytes), if any. */
  static Optional<String> otherEncoding(byte[] json) {
    int b0 = json.length > 0 ? json[0] & 0xFF : -1;
    int b1 = json.length > 1 ? json[1] & 0xFF : -1;
    int b2 = json.length > 2 ? json[2] & 0xFF : -1;
    int b3 = json.length > 3 ? json[3] & 0xFF : -1;
    if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0)) {
      return Optional.of("UTF-32");
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      return Optional.of("UTF-16");
    }
    if (json.length >= 4 && ((b0 == 0 && b1 == 0 && b2 == 0) || (b1 == 0 && b2 == 0 && b3 == 0))) {
      return Optional.of("UTF-32");
    }
    if (json.length >= 2 && (b0 == 0 || b1 == 0)) {
      return Optional.of("UTF-16");
    }
    return Optional.empty();
  }

  /**
   * The offset of the first byte from {@code start} that does not begin a well-formed UTF-8 sequence, or
   * -1 if all of it is UTF-8.
   */
  static int firstMalformed(byte[] json, int start) {
    int i = start;
    int n = json.length;
    while (i < n) {
      int b = json[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int length;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + length > n) {
        return i;
      }
      int codePoint = b & (0xFF >> (length + 1));
      for (int k = 1; k < length; k++) {
        int c = json[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return i;
        }
        codePoint = (codePoint << 6) | (c & 0x3F);
      }
      if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** "line L, column C" of a byte offset, both from 1, columns counted in bytes as the JSON parser does. */
  static String lineAndColumn(byte[] json, int start, int offset) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < offset; i++) {
      if (json[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (offset - lineStart + 1);
  }
}
