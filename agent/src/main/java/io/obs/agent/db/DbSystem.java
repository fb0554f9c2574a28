package io.obs.agent.db;

import java.util.Locale;

/**
 * {@code db.system.name} values of the OpenTelemetry semantic conventions, derived from the JDBC
 * connection's class (drivers live in their own packages) or, for pools and proxies, its URL.
 */
public enum DbSystem {
  POSTGRESQL("postgresql", "org.postgresql.", "jdbc:postgresql:"),
  MARIADB("mariadb", "org.mariadb.", "jdbc:mariadb:"),
  MYSQL("mysql", "com.mysql.", "jdbc:mysql:"),
  H2("h2database", "org.h2.", "jdbc:h2:"),
  ORACLE("oracle", "oracle.jdbc.", "jdbc:oracle:"),
  SQL_SERVER("microsoft.sql_server", "com.microsoft.sqlserver.", "jdbc:sqlserver:"),
  HSQLDB("hsqldb", "org.hsqldb.", "jdbc:hsqldb:"),
  DERBY("derby", "org.apache.derby.", "jdbc:derby:"),
  SQLITE("sqlite", "org.sqlite.", "jdbc:sqlite:"),
  OTHER("other_sql", null, null);

  private static final DbSystem[] VALUES = values();

  private final String label;
  private final String classPrefix;
  private final String urlPrefix;

  DbSystem(String label, String classPrefix, String urlPrefix) {
    this.label = label;
    this.classPrefix = classPrefix;
    this.urlPrefix = urlPrefix;
  }

  public String label() {
    return label;
  }

  /** The system whose driver package the class is in, or null (a pool's proxy, an unknown driver). */
  public static DbSystem fromClassName(String className) {
    if (className != null) {
      for (DbSystem s : VALUES) {
        if (s.classPrefix != null && className.startsWith(s.classPrefix)) {
          return s;
        }
      }
    }
    return null;
  }

  /** The system of a JDBC URL ({@code jdbc:postgresql://..}); {@link #OTHER} when unknown. */
  public static DbSystem fromUrl(String url) {
    if (url != null) {
      String lower = url.toLowerCase(Locale.ROOT);
      for (DbSystem s : VALUES) {
        if (s.urlPrefix != null && lower.startsWith(s.urlPrefix)) {
          return s;
        }
      }
      if (lower.startsWith("jdbc:log4jdbc:") || lower.startsWith("jdbc:p6spy:")) {
        return fromUrl("jdbc:" + url.substring(url.indexOf(':', 5) + 1));
      }
    }
    return OTHER;
  }
}
