package io.obs.agent.methods;

import io.obs.agent.instrumentation.methods.MethodTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * One method pattern: {@code Class#method}, {@code Class#method(type,type)} or {@code Class#*}
 * (every public method). Classes and types are binary names ({@code a.b.C}, {@code a.b.C$D}),
 * types may be primitives and end in {@code []}; {@code ()} means no parameters.
 */
final class PatternSyntax {

  static final String ALLOWED = "Class#method, Class#method(type,...) or Class#*, e.g. com.shop.OrderService#placeOrder";

  private static final String[] OFF_LIMITS = {"java.", "javax.", "jdk.", "sun.", "com.sun.", "io.obs.agent."};

  private PatternSyntax() {}

  /** @throws IllegalArgumentException saying what is wrong with {@code text} */
  static MethodTarget parse(String text, boolean withValues) {
    int hash = text.indexOf('#');
    if (hash < 0) {
      throw new IllegalArgumentException("no '#' between class and method");
    }
    String className = text.substring(0, hash).trim();
    if (!isQualifiedName(className)) {
      throw new IllegalArgumentException("\"" + className + "\" is not a class name");
    }
    for (String prefix : OFF_LIMITS) {
      if (className.startsWith(prefix)) {
        throw new IllegalArgumentException("classes of the JDK and of the agent are not instrumented");
      }
    }
    String rest = text.substring(hash + 1).trim();
    int open = rest.indexOf('(');
    String methodName = (open < 0 ? rest : rest.substring(0, open)).trim();
    if (!methodName.equals("*") && !isIdentifier(methodName)) {
      throw new IllegalArgumentException("\"" + methodName + "\" is not a method name (a Java identifier or *)");
    }
    List<String> parameters = open < 0 ? null : parameters(rest.substring(open));
    if (parameters != null && methodName.equals("*")) {
      throw new IllegalArgumentException("* takes no parameter list");
    }
    return new MethodTarget(className, methodName.equals("*") ? null : methodName, parameters, withValues);
  }

  /** {@code (a,b)} → [a, b]. */
  private static List<String> parameters(String list) {
    if (!list.endsWith(")") || list.indexOf(')') != list.length() - 1) {
      throw new IllegalArgumentException("the parameter list must be one (...) at the end");
    }
    String inner = list.substring(1, list.length() - 1).trim();
    List<String> types = new ArrayList<>();
    if (inner.isEmpty()) {
      return types;
    }
    for (String part : inner.split(",", -1)) {
      String type = part.trim();
      String element = type;
      while (element.endsWith("[]")) {
        element = element.substring(0, element.length() - 2).trim();
      }
      if (!isQualifiedName(element)) {
        throw new IllegalArgumentException("\"" + type + "\" is not a parameter type");
      }
      types.add(element + type.substring(element.length()).replace(" ", ""));
    }
    return types;
  }

  static boolean isQualifiedName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  static boolean isIdentifier(String s) {
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
      return false;
    }
    return s.chars().skip(1).allMatch(Character::isJavaIdentifierPart);
  }
}
