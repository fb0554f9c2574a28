package io.obs.agent.instrumentation.logging;

import io.obs.agent.bootstrap.Bridge;
import java.util.Map;
import net.bytebuddy.asm.Advice;

/**
 * {@code LoggingEvent.getMDCPropertyMap()}: the first call, on the logging thread, stores the MDC
 * plus the current span's ids in the event, so later readers (layouts, async appenders) see them.
 */
public final class LogbackMdcAdvice {

  private LogbackMdcAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void onExit(@Advice.Return(readOnly = false) Map<String, String> mdc,
      @Advice.FieldValue(value = "mdcPropertyMap", readOnly = false) Map<String, String> stored) {
    Map<String, String> withIds = Bridge.withTraceIds(mdc);
    if (withIds != mdc) {
      mdc = withIds;
      stored = withIds;
    }
  }
}
