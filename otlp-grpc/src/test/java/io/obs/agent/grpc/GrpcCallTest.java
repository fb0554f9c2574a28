package io.obs.agent.grpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.sdk.common.export.Compressor;
import io.opentelemetry.sdk.common.export.GrpcStatusCode;
import io.opentelemetry.sdk.common.export.MessageWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The framing of the request message and the reading of answers that carry their status in the headers. */
class GrpcCallTest {

  private static final byte[] MESSAGE = "protobuf bytes".getBytes(StandardCharsets.UTF_8);

  private static final MessageWriter WRITER = new MessageWriter() {
    @Override
    public void writeMessage(OutputStream out) throws IOException {
      out.write(MESSAGE);
    }

    @Override
    public int getContentLength() {
      return MESSAGE.length;
    }
  };

  private static final Compressor GZIP = new Compressor() {
    @Override
    public String getEncoding() {
      return "gzip";
    }

    @Override
    public OutputStream compress(OutputStream out) throws IOException {
      return new GZIPOutputStream(out);
    }
  };

  @Test
  void aMessageIsFlagLengthBytes() throws IOException {
    Buffer sent = new Buffer();
    GrpcMessageBody body = new GrpcMessageBody(WRITER, null);
    body.writeTo(sent);
    assertEquals(5 + MESSAGE.length, body.contentLength());
    assertEquals(0, sent.readByte());
    assertEquals(MESSAGE.length, sent.readInt());
    assertArrayEquals(MESSAGE, sent.readByteArray());
  }

  @Test
  void aCompressedMessageHasFlagOneAndItsCompressedLength() throws IOException {
    Buffer sent = new Buffer();
    new GrpcMessageBody(WRITER, GZIP).writeTo(sent);
    assertEquals(1, sent.readByte());
    int length = sent.readInt();
    byte[] compressed = sent.readByteArray();
    assertEquals(length, compressed.length);
    assertArrayEquals(MESSAGE, new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes());
  }

  private static Response.Builder answer(int status) {
    return new Response.Builder().request(new Request.Builder().url("http://127.0.0.1:4317/x").build())
        .protocol(Protocol.H2_PRIOR_KNOWLEDGE).code(status).message("");
  }

  @Test
  void aTrailersOnlyAnswerCarriesItsStatusInTheHeaders() throws IOException {
    H2cGrpcSender.GrpcOutcome outcome = H2cGrpcSender.GrpcOutcome.of(
        answer(200).header("grpc-status", "14").header("grpc-message", "collector overloaded").build(), new byte[0]);
    assertEquals(GrpcStatusCode.UNAVAILABLE, outcome.getStatusCode());
    assertEquals("collector overloaded", outcome.getStatusDescription());
  }

  @Test
  void anHttpErrorIsUnavailableWithItsStatus() throws IOException {
    H2cGrpcSender.GrpcOutcome outcome = H2cGrpcSender.GrpcOutcome.of(answer(503).build(), new byte[0]);
    assertEquals(GrpcStatusCode.UNAVAILABLE, outcome.getStatusCode());
    assertEquals("HTTP 503", outcome.getStatusDescription());
  }

  @Test
  void anUnreadableStatusIsUnknown() throws IOException {
    assertEquals(GrpcStatusCode.UNKNOWN,
        H2cGrpcSender.GrpcOutcome.of(answer(200).header("grpc-status", "zero").build(), new byte[0]).getStatusCode());
  }
}
