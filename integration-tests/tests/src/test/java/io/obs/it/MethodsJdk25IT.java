package io.obs.it;

/** {@link MethodsIT} with the app on JDK 25. */
class MethodsJdk25IT extends MethodsIT {

  @Override
  Jdk jdk() {
    return Jdk.JDK25;
  }
}
