package io.obs.agent.weaving;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The one transformer the agent registers, in premain, before Byte Buddy exists. Per loading class
 * it rejects by name, then by a byte scan, everything no module wants; only the rest reaches that
 * module's Byte Buddy transformer, which is built on a background thread. A candidate that loads
 * before Byte Buddy is ready loads unchanged, without making the application wait, and is
 * retransformed as soon as Byte Buddy is there. {@link HookWeaver} hooks are woven at once.
 */
public final class Weaver implements ClassFileTransformer {

  private static final int RETRANSFORM_PASSES = 50;
  private static final long PASS_PAUSE_MILLIS = 10;

  private static final class Family {
    final String name;
    final Set<String> classNames;
    final ClassMarkers markers;
    final Set<String> superTypes;
    volatile ClassFileTransformer transformer;

    Family(InstrumentationModule module) {
      this.name = module.name();
      this.classNames = module.classNames();
      this.markers = new ClassMarkers(module.markers());
      this.superTypes = module.superTypes();
    }

    boolean wants(String internalName, ClassText classFile) {
      return classNames.contains(internalName) || (!markers.isEmpty() && markers.anyIn(classFile.get()));
    }
  }

  /** The class file as text for the marker scan, made at most once per class and version. */
  private static final class ClassText {
    private final byte[] classFile;
    private String text;

    ClassText(byte[] classFile) {
      this.classFile = classFile;
    }

    String get() {
      if (text == null) {
        text = ClassMarkers.text(classFile);
      }
      return text;
    }
  }

  private final ClassLoader agentLoader;
  private final List<Family> families = new ArrayList<>();
  private final HookWeaver hooks;
  /** Every module's {@code classNames()}: looked at even where {@link IgnoredTypes} says no (the JDK's HTTP clients). */
  private final Set<String> named = new java.util.HashSet<>();
  private final Set<String> missed = ConcurrentHashMap.newKeySet();
  private final BiConsumer<String, Throwable> onError;
  private final BiConsumer<String, String> onTransformed;

  /**
   * @param onError called with the module name and the failure
   * @param onTransformed called with the module name and the class name
   */
  public Weaver(ClassLoader agentLoader, List<InstrumentationModule> modules,
      BiConsumer<String, Throwable> onError, BiConsumer<String, String> onTransformed) {
    this.agentLoader = agentLoader;
    this.onError = onError;
    this.onTransformed = onTransformed;
    modules.forEach(m -> families.add(new Family(m)));
    modules.forEach(m -> named.addAll(m.classNames()));
    this.hooks = new HookWeaver(modules.stream().flatMap(m -> m.hooks().stream()).collect(Collectors.toList()));
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain, byte[] classFile) {
    if (loader == agentLoader || IgnoredTypes.ignored(className) && !named.contains(className)) {
      return null;
    }
    byte[] current = classFile;
    ClassText text = new ClassText(classFile);
    boolean changed = false;
    if (hooks.handles(className)) {
      try {
        current = hooks.weave(className, current);
        changed = true;
      } catch (Throwable t) {
        onError.accept("hooks", t);
      }
    }
    for (Family family : families) {
      if (!family.wants(className, text)) {
        continue;
      }
      ClassFileTransformer transformer = family.transformer;
      if (transformer == null) {
        missed.add(className);
        continue;
      }
      try {
        byte[] result = transformer.transform(module, loader, className, classBeingRedefined, protectionDomain, current);
        if (result != null) {
          current = result;
          text = new ClassText(result);
          changed = true;
          onTransformed.accept(family.name, className);
        }
      } catch (Throwable t) {
        onError.accept(family.name, t);
      }
    }
    return changed ? current : null;
  }

  /**
   * Byte Buddy is built: hands each module its transformer, then retransforms the classes that
   * loaded before, and the classes modules name that loaded before this transformer was even
   * registered (JDK classes such as {@code HttpURLConnection}). A class can be between "missed" and
   * "defined" for a moment, so this looks a few times, {@value #PASS_PAUSE_MILLIS} ms apart, until
   * nothing is left.
   */
  public void ready(Map<String, ClassFileTransformer> transformers, Instrumentation inst) throws InterruptedException {
    for (Family family : families) {
      family.transformer = transformers.get(family.name);
    }
    Set<String> first = new java.util.HashSet<>(named);
    first.addAll(missed);
    retransform(inst, first);
    for (int pass = 1; pass < RETRANSFORM_PASSES && !missed.isEmpty(); pass++) {
      Thread.sleep(PASS_PAUSE_MILLIS);
      retransform(inst, missed);
    }
  }

  private void retransform(Instrumentation inst, Set<String> names) {
    List<Class<?>> retransform = new ArrayList<>();
    Set<String> found = new java.util.HashSet<>();
    for (Class<?> type : inst.getAllLoadedClasses()) {
      String name = type.getName().replace('.', '/');
      if (names.contains(name) && inst.isModifiableClass(type)) {
        found.add(name);
        if (worthRetransforming(type, name)) {
          retransform.add(type); // every loader's class of that name
        }
      }
    }
    missed.removeAll(found);
    if (retransform.isEmpty()) {
      return;
    }
    try {
      inst.retransformClasses(retransform.toArray(new Class<?>[0]));
    } catch (Throwable t) {
      onError.accept("retransform", t);
    }
  }

  /** A named class, or one in the type hierarchy of a module that wanted it: not a mere mention. */
  private boolean worthRetransforming(Class<?> type, String internalName) {
    if (named.contains(internalName)) {
      return true;
    }
    for (Family family : families) {
      if (family.superTypes.isEmpty() || Hierarchy.extendsAny(type, family.superTypes)) {
        return true;
      }
    }
    return false;
  }
}
