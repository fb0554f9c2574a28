package io.obs.it;

/** {@link HttpClientIT} with the app on JDK 25 (the JDK's own clients differ between releases). */
class HttpClientJdk25IT extends HttpClientIT {

  @Override
  Jdk jdk() {
    return Jdk.JDK25;
  }
}
