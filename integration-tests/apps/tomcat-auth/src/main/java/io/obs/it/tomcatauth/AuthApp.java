package io.obs.it.tomcatauth;

import io.obs.it.servlets.Launch;
import io.obs.it.tomcat.EmbeddedTomcat;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.Servlet;
import org.apache.catalina.Context;
import org.apache.catalina.authenticator.BasicAuthenticator;
import org.apache.catalina.authenticator.FormAuthenticator;
import org.apache.catalina.realm.LockOutRealm;
import org.apache.catalina.realm.MemoryRealm;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.LoginConfig;
import org.apache.tomcat.util.descriptor.web.SecurityCollection;
import org.apache.tomcat.util.descriptor.web.SecurityConstraint;

/**
 * Embedded Tomcat 9 with container-managed authentication against a {@code LockOutRealm} wrapping a
 * {@code MemoryRealm} (users in tomcat-users.xml: alice has role user, bob user and admin):
 * <ul>
 *   <li>{@code /basic}: BASIC; {@code /user/*} needs role user, {@code /admin/*} role admin;
 *       {@code /api/*} is open and calls {@code request.login/logout/authenticate} ({@link AccountServlet});
 *   <li>{@code /form}: FORM; {@code /secure/*} needs role user, {@code /logout} calls {@code request.logout}.
 * </ul>
 * Arguments: port [start file] (see {@link Launch}).
 */
public final class AuthApp {

  private AuthApp() {}

  public static void main(String[] args) throws Exception {
    EmbeddedTomcat.serve(args, (tomcat, base) -> {
      tomcat.getEngine().setRealm(realm(base));

      Context basic = tomcat.addContext("/basic", base.toString());
      basic.setLoginConfig(new LoginConfig("BASIC", "obs", null, null));
      basic.getPipeline().addValve(new BasicAuthenticator());
      serve(basic, "hello", new HelloServlet(), "/user/*", "/admin/*");
      serve(basic, "account", new AccountServlet(), "/api/*");
      protect(basic, "/user/*", "user");
      protect(basic, "/admin/*", "admin");

      Context form = tomcat.addContext("/form", base.toString());
      form.setLoginConfig(new LoginConfig("FORM", "obs", "/login-page", "/login-error"));
      form.getPipeline().addValve(new FormAuthenticator());
      serve(form, "hello", new HelloServlet(), "/secure/*", "/login-page", "/login-error");
      serve(form, "logout", new LogoutServlet(), "/logout");
      protect(form, "/secure/*", "user");
    });
  }

  /** The lock-out realm delegates to the memory realm: one check passes through two realms. */
  private static LockOutRealm realm(Path base) throws Exception {
    Path users = base.resolve("tomcat-users.xml");
    try (InputStream in = AuthApp.class.getResourceAsStream("/tomcat-users.xml")) {
      Files.copy(in, users);
    }
    MemoryRealm memory = new MemoryRealm();
    memory.setPathname(users.toString());
    LockOutRealm lockOut = new LockOutRealm();
    lockOut.setFailureCount(1000);
    lockOut.addRealm(memory);
    return lockOut;
  }

  private static void serve(Context context, String name, Servlet servlet, String... patterns) {
    Tomcat.addServlet(context, name, servlet);
    for (String pattern : patterns) {
      context.addServletMappingDecoded(pattern, name);
    }
  }

  private static void protect(Context context, String pattern, String role) {
    SecurityCollection collection = new SecurityCollection();
    collection.addPattern(pattern);
    SecurityConstraint constraint = new SecurityConstraint();
    constraint.addAuthRole(role);
    constraint.addCollection(collection);
    context.addConstraint(constraint);
    context.addSecurityRole(role);
  }
}
