package io.obs.agent.instrumentation.api;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** Advice the way the agent wants it: read from the agent's jar, inlined, failures counted. */
public interface Weaving {

  /** Weaves the advice class named {@code adviceClass} into the methods {@code methods} selects. */
  AgentBuilder.Transformer advice(ElementMatcher<? super MethodDescription> methods, String adviceClass);

  /** The enter advice of one class and the exit advice of another, so a variant need not repeat both. */
  AgentBuilder.Transformer advice(ElementMatcher<? super MethodDescription> methods, String enterClass, String exitClass);

  /** As {@link #advice(ElementMatcher, String, String)}, with the advice's own annotations bound by {@code mapping}. */
  AgentBuilder.Transformer advice(ElementMatcher<? super MethodDescription> methods, String enterClass, String exitClass,
      Advice.WithCustomMapping mapping);
}
