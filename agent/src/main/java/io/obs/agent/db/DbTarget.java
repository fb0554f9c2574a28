package io.obs.agent.db;

/**
 * What spans say about the database of one connection: system, {@code db.namespace},
 * {@code server.address}/{@code server.port}, parsed once from the JDBC URL (credentials in it
 * never survive: only host, port and database name are kept).
 */
public final class DbTarget {

  static final DbTarget UNKNOWN = new DbTarget(DbSystem.OTHER, null, null, -1);

  final DbSystem system;
  final String namespace;
  final String address;
  final int port;

  DbTarget(DbSystem system, String namespace, String address, int port) {
    this.system = system;
    this.namespace = namespace;
    this.address = address;
    this.port = port;
  }

  public DbSystem system() {
    return system;
  }

  public String namespace() {
    return namespace;
  }

  public String address() {
    return address;
  }

  public int port() {
    return port;
  }

  /**
   * From a JDBC URL: {@code jdbc:<sub>://host[:port][,more]/db[?..]} (PostgreSQL, MariaDB, MySQL,
   * H2 tcp), H2's {@code jdbc:h2:mem:name} / {@code file} forms (namespace only), SQL Server's
   * {@code ;databaseName=} property.
   *
   * @param system the system known from the driver's class, or null to take it from the URL
   */
  public static DbTarget of(DbSystem system, String url) {
    DbSystem s = system != null ? system : DbSystem.fromUrl(url);
    if (url == null) {
      return new DbTarget(s, null, null, -1);
    }
    String rest = url;
    int params = indexOfAny(rest, "?;");
    String props = params < 0 ? "" : rest.substring(params);
    rest = params < 0 ? rest : rest.substring(0, params);
    int slashes = rest.indexOf("//");
    if (slashes < 0) {
      int lastColon = rest.lastIndexOf(':');
      String name = rest.substring(lastColon + 1);
      int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
      return new DbTarget(s, emptyToNull(name.substring(slash + 1)), null, -1);
    }
    String afterSlashes = rest.substring(slashes + 2);
    int slash = afterSlashes.indexOf('/');
    String hosts = slash < 0 ? afterSlashes : afterSlashes.substring(0, slash);
    String database = slash < 0 ? property(props, "databaseName") : afterSlashes.substring(slash + 1);
    String host = hosts.split(",")[0];
    int at = host.lastIndexOf('@');
    host = at >= 0 ? host.substring(at + 1) : host;
    int port = -1;
    int colon = host.lastIndexOf(':');
    if (colon > 0 && host.indexOf(']') < colon) {
      try {
        port = Integer.parseInt(host.substring(colon + 1));
      } catch (NumberFormatException e) {
        port = -1;
      }
      host = host.substring(0, colon);
    }
    return new DbTarget(s, emptyToNull(database), emptyToNull(host), port);
  }

  private static String property(String props, String key) {
    for (String part : props.split("[;?&]")) {
      if (part.regionMatches(true, 0, key + "=", 0, key.length() + 1)) {
        return part.substring(key.length() + 1);
      }
    }
    return null;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
