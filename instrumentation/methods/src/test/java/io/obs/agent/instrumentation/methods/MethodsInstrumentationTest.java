package io.obs.agent.instrumentation.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import org.junit.jupiter.api.Test;

/** Which methods a pattern selects: implementations of interfaces and abstract methods, overloads, private methods. */
class MethodsInstrumentationTest {

  interface Payments {
    String charge(String card, long cents);
  }

  abstract static class BasePayments implements Payments {
    abstract void audit();

    public void refund(String id) {}
  }

  static class CardPayments extends BasePayments {
    @Override
    public String charge(String card, long cents) {
      return mask(card);
    }

    public String charge(String card) {
      return card;
    }

    @Override
    void audit() {}

    private String mask(String card) {
      return card;
    }

    public static int count(int[] ids, String[] names) {
      return 0;
    }
  }

  static class TestPayments extends CardPayments {
    @Override
    public String charge(String card, long cents) {
      return "test";
    }

    private String mask(String card) {
      return "";
    }
  }

  interface Handler<T> {
    void handle(T message);
  }

  static final class TextHandler implements Handler<String> {
    @Override
    public void handle(String message) {}
  }

  private static Set<String> selected(MethodTarget target, Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (MethodDescription method : TypeDescription.ForLoadedType.of(type).getDeclaredMethods()) {
      if (MethodsInstrumentation.matcher(target).matches(method)) {
        names.add(method.getName() + method.getDescriptor());
      }
    }
    return names;
  }

  private static MethodTarget target(Class<?> type, String method, List<String> parameters) {
    return new MethodTarget(type.getName(), method, parameters, false);
  }

  @Test
  void anInterfaceMethodSelectsItsImplementationsAtEveryDepth() {
    MethodTarget charge = target(Payments.class, "charge", null);
    assertEquals(Set.of(), selected(charge, Payments.class), "abstract: nothing to weave");
    assertEquals(Set.of(), selected(charge, BasePayments.class));
    assertEquals(Set.of("charge(Ljava/lang/String;J)Ljava/lang/String;"), selected(charge, CardPayments.class),
        "the overload charge(String) is no implementation of Payments.charge");
    assertEquals(Set.of("charge(Ljava/lang/String;J)Ljava/lang/String;"), selected(charge, TestPayments.class));
  }

  @Test
  void aGenericInterfaceMethodSelectsTheImplementationNotItsBridge() {
    assertEquals(Set.of("handle(Ljava/lang/String;)V"), selected(target(Handler.class, "handle", null), TextHandler.class));
  }

  @Test
  void aClassMethodSelectsOverloadsByNameOrOneByParameterTypes() {
    assertEquals(Set.of("charge(Ljava/lang/String;)Ljava/lang/String;", "charge(Ljava/lang/String;J)Ljava/lang/String;"),
        selected(target(CardPayments.class, "charge", null), CardPayments.class));
    assertEquals(Set.of("charge(Ljava/lang/String;)Ljava/lang/String;"),
        selected(target(CardPayments.class, "charge", List.of("java.lang.String")), CardPayments.class));
    assertEquals(Set.of("count([I[Ljava/lang/String;)I"),
        selected(target(CardPayments.class, "count", List.of("int[]", "java.lang.String[]")), CardPayments.class));
    assertEquals(Set.of(), selected(target(CardPayments.class, "charge", List.of()), CardPayments.class));
  }

  @Test
  void anAbstractMethodSelectsItsOverridesAndAPrivateMethodOnlyItself() {
    assertEquals(Set.of("audit()V"), selected(target(BasePayments.class, "audit", null), CardPayments.class));
    assertEquals(Set.of("mask(Ljava/lang/String;)Ljava/lang/String;"),
        selected(target(CardPayments.class, "mask", null), CardPayments.class));
    assertEquals(Set.of(), selected(target(CardPayments.class, "mask", null), TestPayments.class),
        "a private method of a subclass overrides nothing");
  }

  @Test
  void aWildcardSelectsThePublicMethodsTheTypeDeclaresAndTheirOverrides() {
    assertEquals(Set.of("charge(Ljava/lang/String;)Ljava/lang/String;", "charge(Ljava/lang/String;J)Ljava/lang/String;",
        "count([I[Ljava/lang/String;)I"), selected(target(CardPayments.class, null, null), CardPayments.class));
    assertEquals(Set.of("charge(Ljava/lang/String;J)Ljava/lang/String;"),
        selected(target(Payments.class, null, null), TestPayments.class));
  }

  @Test
  void theWeaverLooksAtClassesNamingAConfiguredTypeOrMethod() {
    MethodsInstrumentation module = new MethodsInstrumentation(List.of(target(Payments.class, "charge", null),
        target(CardPayments.class, null, null)), (c, m, d, t) -> 0);
    String payments = Payments.class.getName();
    String card = CardPayments.class.getName();
    assertEquals(Set.of(payments, card), module.superTypes());
    assertEquals(Set.of(payments.replace('.', '/'), card.replace('.', '/')), module.classNames());
    assertEquals(Set.of(payments.replace('.', '/'), card.replace('.', '/'), "charge"), module.markers());
  }
}
