package io.obs.it;

/**
 * The servlet-container apps: apps/tomcat85, tomcat9, tomcat10, tomcat11, jetty94, jetty10, jetty11 and jetty12
 * serve the same test servlets (apps/servlet-javax, generated servlet-jakarta) under the context path {@code /app}.
 */
enum Container {
  TOMCAT9("tomcat9", "io.obs.it.tomcat.TomcatApp"),
  /** javax.servlet 3.1: no HttpServletMapping, the agent's Servlet 3 advice names the routes. */
  TOMCAT85("tomcat85", "io.obs.it.tomcat.TomcatApp"),
  TOMCAT10("tomcat10", "io.obs.it.tomcat.TomcatApp"),
  TOMCAT11("tomcat11", "io.obs.it.tomcat.TomcatApp"),
  /** javax.servlet 3.1 under the servlet API 4 jar: its requests answer the interface's empty default mapping. */
  JETTY94("jetty94", "io.obs.it.jetty.JettyApp"),
  JETTY10("jetty10", "io.obs.it.jetty.JettyApp"),
  JETTY11("jetty11", "io.obs.it.jetty.JettyApp"),
  JETTY12("jetty12", "io.obs.it.jetty.JettyApp");

  /** What the main prints once the container serves. */
  static final String STARTED = "APP STARTED";
  /** What the main prints when it waits for its start file. */
  static final String WAITING = "APP WAITING";

  private final String module;
  private final String mainClass;

  Container(String module, String mainClass) {
    this.module = module;
    this.mainClass = mainClass;
  }

  /** The app under the agent on {@code port}; with a start file the container waits for it to exist. */
  AppProcess.Builder app(Jdk jdk, int port, String... startFile) {
    return AppProcess.builder(module, mainClass).jdk(jdk).args(Integer.toString(port)).args(startFile);
  }

  boolean isJetty() {
    return module.startsWith("jetty");
  }

  static String base(int port) {
    return "http://127.0.0.1:" + port + "/app";
  }
}
