package io.obs.agent.trace.otlp;

/** Why a batch failed, as ExportStatus prints it: the backend's answer, or what the sender threw (the cause). */
final class OtlpExportException extends Exception {

  private static final long serialVersionUID = 1L;

  OtlpExportException(String answer) {
    super(answer, null, false, false);
  }

  OtlpExportException(Throwable cause) {
    super(cause.getMessage(), cause, false, false);
  }
}
