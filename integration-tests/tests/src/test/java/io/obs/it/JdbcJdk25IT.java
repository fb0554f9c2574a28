package io.obs.it;

/** {@link JdbcIT} with the app and its drivers on JDK 25. */
class JdbcJdk25IT extends JdbcIT {

  @Override
  Jdk jdk() {
    return Jdk.JDK25;
  }
}
