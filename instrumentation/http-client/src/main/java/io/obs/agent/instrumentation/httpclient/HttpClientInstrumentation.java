package io.obs.agent.instrumentation.httpclient;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.api.Weaving;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Outgoing HTTP requests, woven into the one class per client that sends them, by exact name (no
 * marker scan, no hierarchy matching): Apache HttpClient 4.x and 5.x (classic and async), OkHttp 3.x
 * ({@code okhttp3.RealCall}) and 4.x/5.x ({@code okhttp3.internal.connection.RealCall}), and the
 * JDK's {@code HttpURLConnection} implementation (also behind https, whose delegate has its own
 * {@code connect}) and {@code java.net.http} client, which the agent lets through its JDK filter
 * because they are named here.
 */
public final class HttpClientInstrumentation implements InstrumentationModule {

  private static final String PACKAGE = "io.obs.agent.instrumentation.httpclient.";
  private static final String APACHE4 = "org.apache.http.impl.client.";
  private static final String APACHE5 = "org.apache.hc.client5.http.impl.classic.";
  private static final String APACHE5_ASYNC = "org.apache.hc.client5.http.impl.async.InternalAbstractHttpAsyncClient";
  private static final String URL_CONNECTION = "sun.net.www.protocol.http.HttpURLConnection";
  private static final String HTTPS_DELEGATE = "sun.net.www.protocol.https.AbstractDelegateHttpsURLConnection";
  private static final String JDK_CLIENT = "jdk.internal.net.http.HttpClientImpl";

  @Override
  public String name() {
    return "http-client";
  }

  @Override
  public Set<String> classNames() {
    return InstrumentationModule.internalNames(APACHE4 + "InternalHttpClient", APACHE4 + "MinimalHttpClient",
        APACHE5 + "InternalHttpClient", APACHE5 + "MinimalHttpClient", APACHE5_ASYNC, "okhttp3.OkHttpClient",
        "okhttp3.RealCall", "okhttp3.internal.connection.RealCall", URL_CONNECTION, HTTPS_DELEGATE, JDK_CLIENT);
  }

  @Override
  public Set<String> markers() {
    return Set.of();
  }

  @Override
  public AgentBuilder extend(AgentBuilder builder, Weaving weaving) {
    return builder
        .type(namedOneOf(APACHE4 + "InternalHttpClient", APACHE4 + "MinimalHttpClient"))
        .transform(weaving.advice(doExecute("org.apache.http.HttpRequest"), PACKAGE + "ApacheClient4Advice"))
        .type(namedOneOf(APACHE5 + "InternalHttpClient", APACHE5 + "MinimalHttpClient"))
        .transform(weaving.advice(doExecute("org.apache.hc.core5.http.ClassicHttpRequest"), PACKAGE + "ApacheClient5Advice"))
        .type(named(APACHE5_ASYNC))
        .transform(weaving.advice(named("executeImmediate").and(takesArgument(0, named("org.apache.hc.core5.http.HttpRequest")))
                .and(takesArgument(2, named("org.apache.hc.client5.http.async.AsyncExecChain$Scope"))),
            PACKAGE + "ApacheAsyncClient5Advice", PACKAGE + "AsyncSendExitAdvice"))
        .type(named("okhttp3.OkHttpClient"))
        .transform(weaving.advice(named("newCall").and(takesArguments(1)), PACKAGE + "OkHttpNewCallAdvice"))
        .type(namedOneOf("okhttp3.RealCall", "okhttp3.internal.connection.RealCall"))
        .transform(weaving.advice(named("execute").and(takesArguments(0)), PACKAGE + "OkHttpExecuteAdvice"))
        .transform(weaving.advice(named("enqueue").and(takesArguments(1)), PACKAGE + "OkHttpEnqueueAdvice",
            PACKAGE + "AsyncSendExitAdvice"))
        .type(named(URL_CONNECTION))
        .transform(weaving.advice(named("getInputStream").and(takesArguments(0)), PACKAGE + "UrlConnectionAdvice"))
        .transform(weaving.advice(namedOneOf("connect", "getOutputStream").and(takesArguments(0)),
            PACKAGE + "UrlConnectionOpenAdvice"))
        .type(named(HTTPS_DELEGATE))
        .transform(weaving.advice(named("connect").and(takesArguments(0)), PACKAGE + "UrlConnectionOpenAdvice"))
        .type(named(JDK_CLIENT))
        .transform(weaving.advice(named("sendAsync").and(takesArguments(4)), PACKAGE + "JdkHttpClientAdvice"))
        .transform(weaving.advice(named("sendAsync").and(isPublic()).and(takesArguments(2).or(takesArguments(3))),
            PACKAGE + "JdkSendAsyncAdvice"));
  }

  private static net.bytebuddy.matcher.ElementMatcher.Junction<net.bytebuddy.description.method.MethodDescription> doExecute(
      String requestType) {
    return named("doExecute").and(not(isAbstract())).and(takesArguments(3)).and(takesArgument(1, named(requestType)));
  }
}
