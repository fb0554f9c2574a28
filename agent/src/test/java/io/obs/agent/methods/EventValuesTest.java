package io.obs.agent.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.obs.agent.TestRedactor;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an event value may read (getters and fields by name, nothing else) and how it is written. */
class EventValuesTest {

  enum Tier { GOLD }

  static class Base {
    private final String inherited = "from-base";
  }

  static final class Order extends Base {
    private final long id = 42;
    private final String email = "jane.doe@example.com";
    private final Tier tier = Tier.GOLD;
    private final Customer customer = new Customer();
    int getterCalls;

    public long getId() {
      getterCalls++;
      return id;
    }

    public String isPaid() {
      return "not a boolean: isPaid is no getter of paid";
    }

    private boolean paid() {
      return true;
    }

    public BigDecimal total() {
      return new BigDecimal("19.90");
    }

    public static String getStatic() {
      return "static";
    }

    public void getNothing() {}

    public String getWithArgument(String a) {
      return a;
    }

    public String getFailing() {
      throw new IllegalStateException("boom");
    }

    @Override
    public String toString() {
      throw new AssertionError("toString of application objects is never called");
    }
  }

  static final class Customer {
    private final String card = "4111 1111 1111 1111";

    boolean isActive() {
      return true;
    }
  }

  private final PropertyReader reader = new PropertyReader();

  @Test
  void gettersComeFirstThenBooleanIsThenTheBareNameThenTheField() {
    Order order = new Order();
    assertEquals(42L, reader.read(order, "id"));
    assertEquals(1, order.getterCalls);
    assertEquals(true, reader.read(order, "paid"), "isPaid returns no boolean, so paid() is read");
    assertEquals(new BigDecimal("19.90"), reader.read(order, "total"));
    assertEquals("from-base", reader.read(order, "inherited"));
    assertEquals(true, reader.read(order.customer, "active"));
    assertEquals(Tier.GOLD, reader.read(order, "tier"));
  }

  @Test
  void staticVoidAndParameterisedMethodsAreNoGettersAndAbsentPropertiesReadAsNull() {
    Order order = new Order();
    assertNull(reader.read(order, "static"));
    assertNull(reader.read(order, "nothing"));
    assertNull(reader.read(order, "withArgument"));
    assertNull(reader.read(order, "missing"));
    assertNull(reader.read(null, "id"));
    IllegalStateException failed = assertThrows(IllegalStateException.class, () -> reader.read(order, "failing"));
    assertEquals("boom", failed.getCause().getMessage());
  }

  @Test
  void valuesRenderWithoutApplicationCodeAndAreBounded() {
    assertEquals("GOLD", EventValues.render(Tier.GOLD));
    assertEquals("19.90", EventValues.render(new BigDecimal("19.90")));
    assertEquals("7", EventValues.render(7));
    assertEquals("[" + Order.class.getName() + "]", EventValues.render(new Order()));
    assertEquals(EventValues.MAX_LENGTH, EventValues.render("x".repeat(1000)).length());
    assertNull(EventValues.render(null));
  }

  @Test
  void anEventCarriesTheMethodAndItsValuesUnderTheirKeysThoseOfSensitiveKeysRedacted() {
    EventSpec spec = EventSpec.parse("order.placed",
        "com.shop.OrderService#placeOrder:arg0.id,arg0.email,card=arg0.customer.card,password=arg1,return,arg5,arg0.tier");
    MethodInfo method = new MethodInfo("com.shop.OrderService", "placeOrder", new EventSpec[] {spec});
    Object[] attributes = new EventValues(TestRedactor.standard()).attributes(method, spec,
        new Object[] {new Order(), "hunter2"}, Map.of());
    assertArrayEquals(new Object[] {"code.namespace", "com.shop.OrderService",
        "code.function.name", "com.shop.OrderService.placeOrder",
        // secrets inside values (the e-mail, the card number) are the event log writer's to redact (EventFormat)
        "arg0.id", "42", "arg0.email", "jane.doe@example.com", "card", "REDACTED", "password", "REDACTED",
        "return", "[" + Map.of().getClass().getName() + "]", "arg5", null, "arg0.tier", "GOLD"}, attributes);
  }
}
