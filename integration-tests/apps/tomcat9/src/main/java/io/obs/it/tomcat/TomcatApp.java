package io.obs.it.tomcat;

import io.obs.it.servlets.Launch;
import io.obs.it.servlets.TestApp;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.util.ServerInfo;

/** Embedded Tomcat: the test app under /app. Arguments: port [start file] (see {@link Launch}). */
public final class TomcatApp {

  private TomcatApp() {}

  public static void main(String[] args) throws Exception {
    int port = Launch.port(args);
    Launch.awaitStartFile(args);
    Path base = Launch.scratchDirectory();
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    tomcat.setPort(port);
    Connector connector = tomcat.getConnector();
    connector.setProperty("address", "127.0.0.1");
    connector.setProperty("maxHttpHeaderSize", "65536"); // room for the tests' 10 kB path
    if (Launch.maxThreads() > 0) {
      connector.setProperty("maxThreads", Integer.toString(Launch.maxThreads()));
    }
    Context context = tomcat.addContext("/app", base.toString());
    Tomcat.addServlet(context, "default", new DefaultServlet());
    context.addServletMappingDecoded("/", "default");
    context.addServletContainerInitializer(new TestApp(), null);
    tomcat.start();
    Launch.started(ServerInfo.getServerInfo());
    tomcat.getServer().await();
  }
}
