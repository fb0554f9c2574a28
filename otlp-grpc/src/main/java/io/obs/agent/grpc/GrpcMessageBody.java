package io.obs.agent.grpc;

import io.opentelemetry.sdk.common.export.Compressor;
import io.opentelemetry.sdk.common.export.MessageWriter;
import java.io.IOException;
import java.io.OutputStream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;

/** One length-prefixed gRPC message: a compressed flag, four bytes of length, the (compressed) protobuf. */
final class GrpcMessageBody extends RequestBody {

  private static final MediaType GRPC = MediaType.get("application/grpc");

  private final MessageWriter message;
  private final Compressor compressor;

  GrpcMessageBody(MessageWriter message, Compressor compressor) {
    this.message = message;
    this.compressor = compressor;
  }

  @Override
  public MediaType contentType() {
    return GRPC;
  }

  @Override
  public long contentLength() {
    return compressor == null ? 5L + message.getContentLength() : -1;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    if (compressor == null) {
      sink.writeByte(0).writeInt(message.getContentLength());
      message.writeMessage(sink.outputStream());
      return;
    }
    Buffer compressed = new Buffer();
    try (OutputStream out = compressor.compress(compressed.outputStream())) {
      message.writeMessage(out);
    }
    sink.writeByte(1).writeInt((int) compressed.size());
    sink.write(compressed, compressed.size());
  }
}
