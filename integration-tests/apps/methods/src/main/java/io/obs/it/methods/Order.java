package io.obs.it.methods;

/** What the shop sells: read by the business event through its getters and fields. */
public final class Order {

  private final String id;
  private final String email;
  private final String card;
  private final long cents;

  public Order(String id, String email, String card, long cents) {
    this.id = id;
    this.email = email;
    this.card = card;
    this.cents = cents;
  }

  public String getId() {
    return id;
  }

  public String getCard() {
    return card;
  }

  public long getCents() {
    return cents;
  }

  @Override
  public String toString() {
    throw new AssertionError("the agent must never call toString() of an application object");
  }
}
