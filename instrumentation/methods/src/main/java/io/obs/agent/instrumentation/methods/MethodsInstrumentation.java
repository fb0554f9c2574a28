package io.obs.agent.instrumentation.methods;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.isOverriddenFrom;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.api.Weaving;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The methods named by configuration. Only classes that name a configured type or method in their
 * constant pool reach Byte Buddy; of those, the classes that are or extend a configured type are
 * woven, in their methods that a pattern names. Each woven method gets an id from the
 * {@link MethodRegistry}, baked into its advice as a constant.
 */
public final class MethodsInstrumentation implements InstrumentationModule {

  private static final String PACKAGE = "io.obs.agent.instrumentation.methods.";

  private final List<MethodTarget> targets;
  private final MethodRegistry registry;
  private final List<ElementMatcher<MethodDescription>> matchers = new ArrayList<>();

  public MethodsInstrumentation(List<MethodTarget> targets, MethodRegistry registry) {
    this.targets = List.copyOf(targets);
    this.registry = registry;
    this.targets.forEach(t -> matchers.add(matcher(t)));
  }

  @Override
  public String name() {
    return "methods";
  }

  @Override
  public Set<String> classNames() {
    return InstrumentationModule.internalNames(superTypes().toArray(new String[0]));
  }

  /**
   * A class implementing or extending a configured type names it; a class overriding a configured
   * method deeper in the hierarchy names the method.
   */
  @Override
  public Set<String> markers() {
    Set<String> markers = new LinkedHashSet<>(classNames());
    targets.stream().filter(t -> t.methodName() != null).forEach(t -> markers.add(t.methodName()));
    return Set.copyOf(markers);
  }

  @Override
  public Set<String> superTypes() {
    Set<String> names = new LinkedHashSet<>();
    targets.forEach(t -> names.add(t.className()));
    return Set.copyOf(names);
  }

  @Override
  public AgentBuilder extend(AgentBuilder builder, Weaving weaving) {
    Advice.WithCustomMapping ids = Advice.withCustomMapping().bind(MethodId.class,
        (Advice.OffsetMapping) (type, method, assigner, arguments, sort) ->
            new Advice.OffsetMapping.Target.ForStackManipulation(IntegerConstant.forValue(register(type, method))));
    ElementMatcher.Junction<MethodDescription> withValues = anyOf(true);
    return builder
        .type(not(isInterface()).and(hasSuperType(namedOneOf(superTypes().toArray(new String[0])))))
        .transform(weaving.advice(anyOf(false).and(not(withValues)), PACKAGE + "MethodAdvice",
            PACKAGE + "MethodAdvice", ids))
        .transform(weaving.advice(withValues, PACKAGE + "MethodAdvice", PACKAGE + "MethodEventAdvice", ids));
  }

  private int register(TypeDescription type, MethodDescription method) {
    List<Integer> matched = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      if (matchers.get(i).matches(method)) {
        matched.add(i);
      }
    }
    return registry.register(type.getName(), method.getInternalName(), method.getDescriptor(),
        matched.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Methods of any target; only those of event targets when {@code valuesOnly}. */
  private ElementMatcher.Junction<MethodDescription> anyOf(boolean valuesOnly) {
    ElementMatcher.Junction<MethodDescription> any = none();
    for (int i = 0; i < targets.size(); i++) {
      if (!valuesOnly || targets.get(i).withValues()) {
        any = any.or(matchers.get(i));
      }
    }
    return any;
  }

  /** Cheapest first: the name, the parameters, then where in the hierarchy the method is declared. */
  static ElementMatcher.Junction<MethodDescription> matcher(MethodTarget target) {
    ElementMatcher.Junction<MethodDescription> method = isMethod().and(not(isAbstract())).and(not(isNative()))
        .and(not(isSynthetic())).and(not(isBridge()));
    method = method.and(target.methodName() == null ? isPublic() : named(target.methodName()));
    if (target.parameterTypes() != null) {
      method = method.and(takesArguments(target.parameterTypes().size())).and(parameters(target.parameterTypes()));
    }
    return method.and(isDeclaredBy(named(target.className())).or(isOverriddenFrom(named(target.className()))));
  }

  private static ElementMatcher.Junction<MethodDescription> parameters(List<String> types) {
    return new ElementMatcher.Junction.AbstractBase<MethodDescription>() {
      @Override
      public boolean matches(MethodDescription method) {
        for (int i = 0; i < types.size(); i++) {
          if (!typeName(method.getParameters().get(i).getType().asErasure()).equals(types.get(i))) {
            return false;
          }
        }
        return true;
      }
    };
  }

  /** {@code long}, {@code a.b.C$D}, {@code java.lang.String[]}: as patterns write parameter types. */
  static String typeName(TypeDescription type) {
    return type.isArray() ? typeName(type.getComponentType()) + "[]" : type.getName();
  }
}
