package io.obs.agent.methods;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import java.util.concurrent.ConcurrentHashMap;

/** One woven method, found by its id: its names, the events it emits and its cached data points. */
final class MethodInfo {

  final String className;
  final String methodName;
  /** {@code OrderService.placeOrder}. */
  final String spanName;
  /** {@code com.shop.OrderService.placeOrder}. */
  final String functionName;
  /** The events emitted when it returns; empty for most. */
  final EventSpec[] events;

  /** The histogram's data point without error, made on the first call. */
  volatile DistributionDataPoint succeeded;
  /** Exception class name → data point. */
  final ConcurrentHashMap<String, DistributionDataPoint> failed = new ConcurrentHashMap<>(2);
  /** The {@code error_type="_OTHER"} data point, once an error type did not fit. */
  volatile DistributionDataPoint overflow;

  MethodInfo(String className, String methodName, EventSpec[] events) {
    this.className = className;
    this.methodName = methodName;
    this.spanName = className.substring(className.lastIndexOf('.') + 1) + "." + methodName;
    this.functionName = className + "." + methodName;
    this.events = events;
  }
}
