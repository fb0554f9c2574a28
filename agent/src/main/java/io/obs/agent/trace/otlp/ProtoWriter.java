package io.obs.agent.trace.otlp;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Protobuf wire format written in one pass into a growable byte array that is reused from message
 * to message. A length-delimited field reserves the bytes its length is expected to need and writes
 * the body; if the length then needs more or fewer varint bytes, the body is moved with one
 * arraycopy. The result is canonical (shortest lengths), as the SDK's two-pass marshaler writes it.
 * Scalar fields follow proto3's rule and skip their default value; the {@code *Value} ones (oneof
 * members) never do.
 */
final class ProtoWriter {

  private static final int VARINT = 0;
  private static final int FIXED64 = 1;
  private static final int LEN = 2;
  private static final int FIXED32 = 5;

  /** The value of each hex digit, indexed by its ASCII code. */
  private static final byte[] HEX = new byte[128];

  static {
    for (int i = 0; i < 16; i++) {
      HEX[Character.forDigit(i, 16)] = (byte) i;
    }
  }

  private final byte[] hexDigits = new byte[32];
  private byte[] buf = new byte[64 * 1024];
  private int pos;

  void reset() {
    pos = 0;
  }

  int size() {
    return pos;
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, pos);
  }

  /** The body written since {@code bodyStart}, for a message written once and then copied in by {@link #message}. */
  byte[] copyBody(int bodyStart) {
    return Arrays.copyOfRange(buf, bodyStart, pos);
  }

  void truncate(int size) {
    pos = size;
  }

  /** Starts a nested message expected to be under 128 bytes; returns where its body starts, for {@link #end}. */
  int begin(int field) {
    return begin(field, 1);
  }

  /**
   * Starts a nested message, reserving {@code lengthBytes} for its length: a good guess saves moving
   * the body once it is written.
   */
  int begin(int field, int lengthBytes) {
    tag(field, LEN);
    ensure(lengthBytes);
    pos += lengthBytes;
    return pos;
  }

  void end(int bodyStart) {
    endLength(bodyStart, 1);
  }

  void end(int bodyStart, int lengthBytes) {
    endLength(bodyStart, lengthBytes);
  }

  /** A message encoded before (a cached resource or scope). */
  void message(int field, byte[] body) {
    tag(field, LEN);
    ensure(5 + body.length);
    varint(body.length);
    System.arraycopy(body, 0, buf, pos, body.length);
    pos += body.length;
  }

  void string(int field, String s) {
    if (s != null && !s.isEmpty()) {
      stringValue(field, s);
    }
  }

  void stringValue(int field, String s) {
    tag(field, LEN);
    int chars = s.length();
    int reserved = varintSize(chars); // UTF-8 has at least one byte per char
    ensure(reserved + 3 * chars);
    pos += reserved;
    int start = pos;
    utf8(s, chars);
    endLength(start, reserved);
  }

  /** A trace or span id, as SpanContext gives it (16 or 32 lower-case hex digits), as its 8 or 16 raw bytes. */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): one copy, exact for ASCII, which hex ids are
  void hexId(int field, String hex) {
    int digits = hex.length();
    hex.getBytes(0, digits, hexDigits, 0);
    tag(field, LEN);
    ensure(1 + digits / 2);
    buf[pos++] = (byte) (digits / 2);
    for (int i = 0; i < digits; i += 2) {
      buf[pos++] = (byte) (HEX[hexDigits[i]] << 4 | HEX[hexDigits[i + 1]]);
    }
  }

  void bytesValue(int field, byte[] b) {
    message(field, b);
  }

  void uint32(int field, int value) {
    if (value != 0) {
      tag(field, VARINT);
      varint(value & 0xFFFFFFFFL);
    }
  }

  void int64Value(int field, long value) {
    tag(field, VARINT);
    varint(value);
  }

  void boolValue(int field, boolean value) {
    tag(field, VARINT);
    buf[pos++] = (byte) (value ? 1 : 0);
  }

  void doubleValue(int field, double value) {
    tag(field, FIXED64);
    littleEndian(Double.doubleToRawLongBits(value), 8);
  }

  void fixed64(int field, long value) {
    if (value != 0) {
      tag(field, FIXED64);
      littleEndian(value, 8);
    }
  }

  void fixed32(int field, int value) {
    if (value != 0) {
      tag(field, FIXED32);
      littleEndian(value, 4);
    }
  }

  private void tag(int field, int wireType) {
    ensure(16); // the tag and any scalar after it
    varint(field << 3 | wireType);
  }

  private void varint(long value) {
    if ((value & ~0x7FL) == 0) { // tags, and most lengths and counts
      buf[pos++] = (byte) value;
      return;
    }
    while ((value & ~0x7FL) != 0) {
      buf[pos++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    buf[pos++] = (byte) value;
  }

  private void littleEndian(long value, int bytes) {
    for (int i = 0; i < bytes; i++) {
      buf[pos++] = (byte) (value >>> (8 * i));
    }
  }

  /** Writes the length before the body, moving the body if the length needs more or fewer bytes than reserved. */
  private void endLength(int bodyStart, int reserved) {
    int length = pos - bodyStart;
    if (length < 0x80 && reserved == 1) {
      buf[bodyStart - 1] = (byte) length;
      return;
    }
    int needed = varintSize(length);
    if (needed != reserved) {
      ensure(needed - reserved);
      System.arraycopy(buf, bodyStart, buf, bodyStart + needed - reserved, length);
      pos += needed - reserved;
    }
    int end = pos;
    pos = bodyStart - reserved;
    varint(length);
    pos = end;
  }

  /** Java's UTF-8: ASCII in a tight loop, a lone surrogate as '?' (as String.getBytes does). */
  private void utf8(String s, int chars) {
    byte[] b = buf;
    int p = pos;
    int i = 0;
    for (char c; i < chars && (c = s.charAt(i)) < 0x80; i++) {
      b[p++] = (byte) c;
    }
    for (; i < chars; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | c >>> 6);
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        b[p++] = (byte) (0xE0 | c >>> 12);
        b[p++] = (byte) (0x80 | (c >>> 6 & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[p++] = (byte) (0xF0 | cp >>> 18);
        b[p++] = (byte) (0x80 | (cp >>> 12 & 0x3F));
        b[p++] = (byte) (0x80 | (cp >>> 6 & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        b[p++] = '?';
      }
    }
    pos = p;
  }

  static int varintSize(int value) {
    return value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5;
  }

  private void ensure(int more) {
    if (pos + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
    }
  }
}
