package io.obs.it.methods;

public final class StandardOrderService implements OrderService {

  private final Inventory inventory;
  private final PaymentGateway gateway;

  public StandardOrderService(Inventory inventory, PaymentGateway gateway) {
    this.inventory = inventory;
    this.gateway = gateway;
  }

  @Override
  public long placeOrder(Order order) {
    inventory.reserve("sku-1", 2);
    inventory.reserve("sku-2");
    gateway.charge(order.getCard(), order.getCents());
    return order.getCents();
  }
}
