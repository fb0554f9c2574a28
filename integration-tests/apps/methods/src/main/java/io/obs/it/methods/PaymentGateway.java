package io.obs.it.methods;

/** Configured by this abstract class's abstract method: its implementation is instrumented. */
public abstract class PaymentGateway {

  /** @throws IllegalStateException when the amount is not positive */
  public abstract String charge(String card, long cents);
}
