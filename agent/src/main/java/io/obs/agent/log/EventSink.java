package io.obs.agent.log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Where event lines go: a standard stream, or a file rotated by size. Used by the writer thread only. */
interface EventSink {

  /** One or more whole lines. */
  void write(byte[] bytes, int length) throws IOException;

  void flush() throws IOException;

  static EventSink stream(PrintStream stream) {
    return new EventSink() {
      @Override
      public void write(byte[] bytes, int length) {
        stream.write(bytes, 0, length);
      }

      @Override
      public void flush() {
        stream.flush();
      }
    };
  }

  /**
   * {@code path}, and when a write would take it past {@code maxBytes}, {@code path.1} ...
   * {@code path.<maxFiles - 1>} for the older lines (the oldest file is deleted).
   */
  static EventSink rotatingFile(Path path, long maxBytes, int maxFiles) throws IOException {
    return new RotatingFile(path, maxBytes, maxFiles);
  }

  final class RotatingFile implements EventSink {
    private final Path path;
    private final long maxBytes;
    private final int maxFiles;
    private OutputStream out;
    private long size;

    RotatingFile(Path path, long maxBytes, int maxFiles) throws IOException {
      this.path = path;
      this.maxBytes = maxBytes;
      this.maxFiles = maxFiles;
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      open();
    }

    private void open() throws IOException {
      out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      size = Files.size(path);
    }

    @Override
    public void write(byte[] bytes, int length) throws IOException {
      if (size > 0 && size + length > maxBytes) {
        rotate();
      }
      out.write(bytes, 0, length);
      size += length;
    }

    private void rotate() throws IOException {
      out.close();
      for (int i = maxFiles - 1; i >= 1; i--) {
        Path older = sibling(i);
        Path newer = i == 1 ? path : sibling(i - 1);
        if (i == maxFiles - 1) {
          Files.deleteIfExists(older);
        }
        if (Files.exists(newer)) {
          Files.move(newer, older, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      if (maxFiles <= 1) {
        Files.deleteIfExists(path);
      }
      open();
    }

    private Path sibling(int index) {
      return path.resolveSibling(path.getFileName() + "." + index);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
