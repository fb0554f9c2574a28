package io.obs.it.methods;

/** The second implementation: same calls, a surcharge. */
public final class ExpressOrderService implements OrderService {

  private final Inventory inventory;
  private final PaymentGateway gateway;

  public ExpressOrderService(Inventory inventory, PaymentGateway gateway) {
    this.inventory = inventory;
    this.gateway = gateway;
  }

  @Override
  public long placeOrder(Order order) {
    inventory.reserve("sku-9", 1);
    inventory.reserve("sku-9");
    long total = order.getCents() + 500;
    gateway.charge(order.getCard(), total);
    return total;
  }
}
