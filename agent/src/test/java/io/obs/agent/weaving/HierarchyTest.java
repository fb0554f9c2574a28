package io.obs.agent.weaving;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HierarchyTest {

  @Test
  void findsTheTypeItselfSuperclassesAndInterfacesOfInterfaces() {
    assertTrue(Hierarchy.extendsAny(ArrayList.class, Set.of("java.util.ArrayList")));
    assertTrue(Hierarchy.extendsAny(ArrayList.class, Set.of("java.util.AbstractCollection")));
    assertTrue(Hierarchy.extendsAny(ArrayList.class, Set.of("java.lang.Iterable")), "List → Collection → Iterable");
    assertTrue(Hierarchy.extendsAny(java.sql.Timestamp.class, Set.of("java.lang.Comparable")), "via java.util.Date");
  }

  @Test
  void aMereMentionIsNotEnough() {
    assertFalse(Hierarchy.extendsAny(ArrayList.class, Set.of("java.sql.Statement", "java.util.Map")));
    assertFalse(Hierarchy.extendsAny(String.class, Set.of()));
  }
}
