package io.obs.agent.weaving;

/**
 * Class names never worth a look: the JDK (apart from the Java EE packages that moved out of it),
 * the agent itself, and generated classes without a name.
 */
final class IgnoredTypes {

  private IgnoredTypes() {}

  static boolean ignored(String internalName) {
    if (internalName == null) {
      return true;
    }
    switch (internalName.charAt(0)) {
      case 'j':
        return internalName.startsWith("java/")
            || internalName.startsWith("jdk/")
            || (internalName.startsWith("javax/") && !internalName.startsWith("javax/servlet/"));
      case 's':
        return internalName.startsWith("sun/");
      case 'c':
        return internalName.startsWith("com/sun/");
      case 'i':
        return internalName.startsWith("io/obs/agent/");
      default:
        return false;
    }
  }
}
