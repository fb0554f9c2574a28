package io.obs.it.tomcat;

import io.obs.it.servlets.Launch;
import java.nio.file.Path;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.util.ServerInfo;

/**
 * What every embedded-Tomcat main shares: the port and start file of {@link Launch}, a scratch base
 * directory, a connector on 127.0.0.1; the main adds its contexts, then Tomcat serves until the JVM ends.
 */
public final class EmbeddedTomcat {

  /** Adds the main's contexts (and anything else it needs) before Tomcat starts. */
  public interface Setup {
    void apply(Tomcat tomcat, Path base) throws Exception;
  }

  private EmbeddedTomcat() {}

  public static void serve(String[] args, Setup setup) throws Exception {
    int port = Launch.port(args);
    Launch.awaitStartFile(args);
    Path base = Launch.scratchDirectory();
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    tomcat.setPort(port);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    setup.apply(tomcat, base);
    tomcat.start();
    Launch.started(ServerInfo.getServerInfo());
    tomcat.getServer().await();
  }
}
