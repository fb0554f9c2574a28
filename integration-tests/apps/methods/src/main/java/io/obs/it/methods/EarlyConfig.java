package io.obs.it.methods;

/** Loaded in main's first line, before the agent's Byte Buddy is ready: instrumented by retransformation. */
public final class EarlyConfig {

  /** Not a compile-time constant, so reading it loads this class. */
  static final String NAME = String.valueOf("methods-it");

  private EarlyConfig() {}

  public static String describe() {
    return NAME;
  }
}
