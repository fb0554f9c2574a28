package io.obs.agent.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MemberPathTest {

  static class Base {
    private final int hidden = 7;

    private String secret() {
      return "s";
    }
  }

  static final class Child extends Base {
    final Base next = null;
  }

  @Test
  void readsPrivateFieldsAndMethodsOfSuperclassesAndChains() throws Throwable {
    assertEquals(7, new MemberPath("hidden").read(new Child()));
    assertEquals("s", new MemberPath("secret").read(new Child()));
    assertEquals(1, new MemberPath("secret.length").read(new Child()));
  }

  @Test
  void aMissingMemberOrANullOnTheWayReadsAsNull() throws Throwable {
    assertNull(new MemberPath("nothing").read(new Child()));
    assertNull(new MemberPath("next.hidden").read(new Child()));
  }
}
