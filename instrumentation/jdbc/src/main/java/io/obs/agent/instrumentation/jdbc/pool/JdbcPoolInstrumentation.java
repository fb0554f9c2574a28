package io.obs.agent.instrumentation.jdbc.pool;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.api.Weaving;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * JDBC connection pools (HikariCP, DBCP2, Tomcat JDBC, c3p0, H2's JdbcConnectionPool), each by the exact name of its pool class (nothing else is examined, so it
 * costs next to nothing at start-up): pools made or first used, checkouts timed, pools closed;
 * HikariCP and Tomcat JDBC also time the opening of connections, HikariCP their use.
 */
public final class JdbcPoolInstrumentation implements InstrumentationModule {

  private static final String PACKAGE = "io.obs.agent.instrumentation.jdbc.pool.";
  private static final String HIKARI_BASE = "com.zaxxer.hikari.pool.PoolBase";
  private static final String HIKARI_POOL = "com.zaxxer.hikari.pool.HikariPool";
  private static final String HIKARI_ENTRY = "com.zaxxer.hikari.pool.PoolEntry";
  private static final String DBCP2 = "org.apache.commons.dbcp2.BasicDataSource";
  private static final String TOMCAT = "org.apache.tomcat.jdbc.pool.ConnectionPool";
  private static final String C3P0 = "com.mchange.v2.c3p0.impl.AbstractPoolBackedDataSource";
  private static final String H2 = "org.h2.jdbcx.JdbcConnectionPool";

  @Override
  public String name() {
    return "jdbc-pool";
  }

  @Override
  public Set<String> classNames() {
    return InstrumentationModule.internalNames(HIKARI_BASE, HIKARI_POOL, HIKARI_ENTRY, DBCP2, TOMCAT, C3P0, H2);
  }

  @Override
  public Set<String> markers() {
    return Set.of();
  }

  @Override
  public AgentBuilder extend(AgentBuilder builder, Weaving weaving) {
    return builder
        .type(named(HIKARI_BASE))
        .transform(weaving.advice(isConstructor(), PACKAGE + "PoolStartedAdvice"))
        .transform(weaving.advice(named("newConnection").and(takesArguments(0)), PACKAGE + "ConnectionCreateAdvice"))
        .type(named(HIKARI_POOL))
        .transform(weaving.advice(named("getConnection").and(takesArguments(long.class)), PACKAGE + "CheckoutAdvice"))
        .transform(weaving.advice(named("shutdown").and(takesArguments(0)), PACKAGE + "PoolClosedAdvice"))
        .type(named(HIKARI_ENTRY))
        .transform(weaving.advice(named("recycle"), PACKAGE + "HikariRecycleAdvice"))
        .type(named(DBCP2))
        .transform(weaving.advice(named("getConnection").and(takesArguments(0)), PACKAGE + "CheckoutAdvice"))
        .transform(weaving.advice(named("close").and(takesArguments(0)), PACKAGE + "PoolClosedAdvice"))
        .type(named(TOMCAT))
        .transform(weaving.advice(isConstructor(), PACKAGE + "PoolStartedAdvice"))
        .transform(weaving.advice(named("getConnection"), PACKAGE + "CheckoutAdvice"))
        .transform(weaving.advice(named("createConnection").and(takesArguments(4)), PACKAGE + "ConnectionCreateAdvice"))
        .transform(weaving.advice(named("close").and(takesArguments(boolean.class)), PACKAGE + "PoolClosedAdvice"))
        .type(named(C3P0))
        .transform(weaving.advice(named("getConnection"), PACKAGE + "CheckoutAdvice"))
        .transform(weaving.advice(named("close"), PACKAGE + "PoolClosedAdvice"))
        .type(named(H2))
        .transform(weaving.advice(named("getConnection").and(takesArguments(0)), PACKAGE + "CheckoutAdvice"))
        .transform(weaving.advice(named("dispose"), PACKAGE + "PoolClosedAdvice"));
  }
}
