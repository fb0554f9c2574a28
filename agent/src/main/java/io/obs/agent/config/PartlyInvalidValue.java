package io.obs.agent.config;

/**
 * Thrown by a parser that can still use part of a value (a list with one bad element): the part it
 * keeps and, as the message, what it dropped and why.
 */
final class PartlyInvalidValue extends IllegalArgumentException {

  private final transient Object usable;

  PartlyInvalidValue(Object usable, String dropped) {
    super(dropped);
    this.usable = usable;
  }

  Object usable() {
    return usable;
  }
}
