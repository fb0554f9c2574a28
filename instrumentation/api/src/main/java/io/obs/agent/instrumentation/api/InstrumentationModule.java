package io.obs.agent.instrumentation.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * One library family the agent instruments. The agent looks at a loading class only when its name
 * is in {@link #classNames()} or its bytes contain one of {@link #markers()}; only those classes
 * reach Byte Buddy's type matchers, which keeps start-up cheap (see PERF-NOTES.md).
 */
public interface InstrumentationModule {

  /** The name in {@code obs.instrumentation.<name>.enabled}. */
  String name();

  /** Binary names ({@code a.b.C}, {@code a.b.C$D}) as {@link #classNames()} wants them: {@code a/b/C}. */
  static Set<String> internalNames(String... binaryNames) {
    Set<String> names = new HashSet<>();
    for (String name : binaryNames) {
      names.add(name.replace('.', '/'));
    }
    return Set.copyOf(names);
  }

  /** Internal names ({@code a/b/C}) of classes to examine whatever their content; none by default. */
  default Set<String> classNames() {
    return Set.of();
  }

  /** Bridge calls woven at once, even before Byte Buddy is ready; empty by default. */
  default List<MethodHook> hooks() {
    return List.of();
  }

  /**
   * ASCII strings, at least one of which appears in the constant pool of every other class this
   * module transforms (a class overriding {@code Servlet.service} must name {@code ServletResponse}).
   */
  Set<String> markers();

  /**
   * Binary names of the types every class this module weaves extends or implements. Of the classes
   * that loaded before Byte Buddy was ready, only those are retransformed; empty: all candidates.
   */
  default Set<String> superTypes() {
    return Set.of();
  }

  /** Adds this module's type matchers and advice. */
  AgentBuilder extend(AgentBuilder builder, Weaving weaving);
}
