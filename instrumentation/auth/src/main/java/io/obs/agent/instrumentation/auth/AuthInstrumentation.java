package io.obs.agent.instrumentation.auth;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.api.Weaving;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Authentication signals ({@code obs.instrumentation.auth.enabled}): Tomcat's credential checks
 * ({@code RealmBase} and its subclasses, {@code authenticate(String user, credentials...)}: BASIC,
 * FORM, DIGEST and {@code request.login}) and Jetty 12's ({@code AbstractLoginService.login}),
 * {@code HttpServletRequest.login/logout} in any container, and where a check's outcome meets its
 * request: Tomcat's {@code StandardHostValve} (every request, after authenticators and error pages)
 * and Jetty 12's {@code SecurityHandler.handle} (every request of a secured context).
 */
public final class AuthInstrumentation implements InstrumentationModule {

  private static final String PACKAGE = "io.obs.agent.instrumentation.auth.";
  private static final String TOMCAT_REALM = "org.apache.catalina.realm.RealmBase";
  private static final String TOMCAT_HOST_VALVE = "org.apache.catalina.core.StandardHostValve";
  private static final String JETTY_LOGIN_SERVICE = "org.eclipse.jetty.security.AbstractLoginService";
  private static final String JETTY_SECURITY_HANDLER = "org.eclipse.jetty.security.SecurityHandler";
  private static final String JETTY_REQUEST = "org.eclipse.jetty.server.Request";

  @Override
  public String name() {
    return "auth";
  }

  @Override
  public Set<String> classNames() {
    return InstrumentationModule.internalNames(TOMCAT_HOST_VALVE, JETTY_SECURITY_HANDLER);
  }

  @Override
  public Set<String> superTypes() {
    return Set.of(TOMCAT_REALM, TOMCAT_HOST_VALVE, JETTY_LOGIN_SERVICE, JETTY_SECURITY_HANDLER,
        "javax.servlet.http.HttpServletRequest",
        "jakarta.servlet.http.HttpServletRequest");
  }

  /**
   * A Tomcat realm or Jetty login service names its superclass (or is it); a request class implements
   * {@code authenticate(HttpServletResponse)}, whose descriptor few other classes mention.
   */
  @Override
  public Set<String> markers() {
    return Set.of(TOMCAT_REALM.replace('.', '/'), JETTY_LOGIN_SERVICE.replace('.', '/'),
        "(Ljavax/servlet/http/HttpServletResponse;)Z",
        "(Ljakarta/servlet/http/HttpServletResponse;)Z");
  }

  @Override
  public AgentBuilder extend(AgentBuilder builder, Weaving weaving) {
    AgentBuilder result = builder
        .type(not(isInterface()).and(hasSuperType(named(TOMCAT_REALM))))
        .transform(weaving.advice(named("authenticate").and(not(isAbstract())).and(not(takesArguments(1)))
            .and(takesArgument(0, String.class)).and(returns(named("java.security.Principal"))),
            PACKAGE + "CredentialCheckAdvice"))
        // Jetty 12: login(user, credentials, Request, Function); its checks meet their request in SecurityHandler
        .type(not(isInterface()).and(hasSuperType(named(JETTY_LOGIN_SERVICE))))
        .transform(weaving.advice(named("login").and(not(isAbstract())).and(takesArguments(4))
            .and(takesArgument(0, String.class)).and(takesArgument(2, named(JETTY_REQUEST))), PACKAGE + "CredentialCheckAdvice"))
        .type(named(JETTY_SECURITY_HANDLER))
        .transform(weaving.advice(named("handle").and(takesArguments(3)).and(takesArgument(0, named(JETTY_REQUEST))),
            PACKAGE + "jetty.SecurityHandlerAdvice"));
    for (String ns : new String[] {"javax", "jakarta"}) {
      String request = ns + ".servlet.http.HttpServletRequest";
      String advice = PACKAGE + ns + ".";
      result = result
          .type(not(isInterface()).and(hasSuperType(named(request))))
          .transform(weaving.advice(named("login").and(takesArguments(String.class, String.class)).and(not(isAbstract())),
              advice + "LoginAdvice"))
          .transform(weaving.advice(named("logout").and(takesArguments(0)).and(not(isAbstract())), advice + "LogoutAdvice"))
          .type(named(TOMCAT_HOST_VALVE))
          .transform(weaving.advice(named("invoke").and(takesArguments(2)).and(takesArgument(0, hasSuperType(named(request)))),
              advice + "ContainerRequestAdvice"));
    }
    return result;
  }
}
