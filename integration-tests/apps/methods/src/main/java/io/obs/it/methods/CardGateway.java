package io.obs.it.methods;

public final class CardGateway extends PaymentGateway {

  @Override
  public String charge(String card, long cents) {
    if (cents <= 0) {
      throw new IllegalStateException("card declined for jane.doe@example.com");
    }
    return "auth-" + cents;
  }
}
