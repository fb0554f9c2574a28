package io.obs.it.jettyauth;

import io.obs.it.servlets.Launch;
import io.obs.it.tomcatauth.AccountServlet;
import io.obs.it.tomcatauth.HelloServlet;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Jetty;
import org.eclipse.jetty.util.security.Credential;

/**
 * Embedded Jetty 12 ee10 with BASIC login against a {@code HashLoginService} (users in
 * jetty-users.properties: alice has role user, bob user and admin) under {@code /basic}: {@code /user/*}
 * needs role user, {@code /admin/*} role admin, {@code /api/*} is open (apps/tomcat-auth's
 * {@code AccountServlet}). Arguments: port [start file] (see {@link Launch}).
 */
public final class JettyAuthApp {

  private JettyAuthApp() {}

  public static void main(String[] args) throws Exception {
    int port = Launch.port(args);
    Launch.awaitStartFile(args);
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    ConstraintSecurityHandler security = new ConstraintSecurityHandler();
    security.setAuthenticator(new BasicAuthenticator());
    security.setRealmName("obs");
    security.setLoginService(users());
    security.addConstraintMapping(mapping("/user/*", "user"));
    security.addConstraintMapping(mapping("/admin/*", "admin"));
    ServletContextHandler basic = new ServletContextHandler("/basic");
    basic.setSecurityHandler(security);
    basic.addServlet(HelloServlet.class, "/user/*");
    basic.addServlet(HelloServlet.class, "/admin/*");
    basic.addServlet(AccountServlet.class, "/api/*");
    server.setHandler(basic);
    server.start();
    Launch.started("Jetty " + Jetty.VERSION);
    server.join();
  }

  private static HashLoginService users() throws IOException {
    Properties users = new Properties();
    try (InputStream in = JettyAuthApp.class.getResourceAsStream("/jetty-users.properties")) {
      users.load(in);
    }
    UserStore store = new UserStore();
    for (String user : users.stringPropertyNames()) {
      String[] passwordAndRoles = users.getProperty(user).split(",");
      store.addUser(user, Credential.getCredential(passwordAndRoles[0]),
          Arrays.copyOfRange(passwordAndRoles, 1, passwordAndRoles.length));
    }
    HashLoginService service = new HashLoginService("obs");
    service.setUserStore(store);
    return service;
  }

  private static ConstraintMapping mapping(String pathSpec, String role) {
    ConstraintMapping mapping = new ConstraintMapping();
    mapping.setPathSpec(pathSpec);
    mapping.setConstraint(Constraint.from(role));
    return mapping;
  }
}
