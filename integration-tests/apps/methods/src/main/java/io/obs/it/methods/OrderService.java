package io.obs.it.methods;

/** Configured by its interface name: both implementations are instrumented. */
public interface OrderService {

  /** @return the cents charged */
  long placeOrder(Order order);
}
