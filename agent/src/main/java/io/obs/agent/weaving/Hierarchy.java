package io.obs.agent.weaving;

import java.util.Set;

/** Super-type questions about loaded classes, by name, so no type is loaded to answer them. */
final class Hierarchy {

  private Hierarchy() {}

  /** Whether {@code type} is, extends or implements a type with one of these binary names. */
  static boolean extendsAny(Class<?> type, Set<String> names) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (names.contains(c.getName()) || implementsAny(c, names)) {
        return true;
      }
    }
    return false;
  }

  private static boolean implementsAny(Class<?> type, Set<String> names) {
    for (Class<?> i : type.getInterfaces()) {
      if (names.contains(i.getName()) || implementsAny(i, names)) {
        return true;
      }
    }
    return false;
  }
}
