package io.obs.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** The optional connection pool ({@code -Ddemo.pool=hikari}): HikariCP named {@code demo}, its defaults otherwise. */
final class DemoPool {

  static final String NAME = "demo";

  private DemoPool() {}

  static DataSource open(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(NAME);
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    return new HikariDataSource(config);
  }
}
