package io.obs.agent.instrumentation.logging;

import io.obs.agent.bootstrap.Bridge;
import net.bytebuddy.asm.Advice;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.apache.logging.log4j.util.StringMap;

/** {@code ContextDataInjector.injectContextData}: the event's context data gets the current span's ids. */
public final class Log4jContextDataAdvice {

  private Log4jContextDataAdvice() {}

  @Advice.OnMethodExit(suppress = Throwable.class)
  public static void onExit(@Advice.Return(readOnly = false) StringMap data) {
    String[] ids = Bridge.traceIds();
    if (ids != null && data != null && !data.containsKey(ids[0])) {
      StringMap withIds = data.isFrozen() ? new SortedArrayStringMap(data) : data;
      for (int i = 0; i + 1 < ids.length; i += 2) {
        withIds.putValue(ids[i], ids[i + 1]);
      }
      data = withIds;
    }
  }
}
