package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@code db-pool} readiness with {@code max-wait=300ms} and {@code for=1s}: a HikariCP pool of 2 on
 * PostgreSQL with 6 two-second queries keeps checkouts waiting up to 4 s, so readiness goes DOWN,
 * naming the pool, and UP again once the queries are done.
 */
class JdbcPoolReadinessIT {

  @Test
  void downWhileCheckoutsWaitPastMaxWaitForTheConfiguredTimeThenUp() {
    try (ControlledApp app = JdbcPoolsIT.startApp("obs.health.db-pool.max-wait", "300ms", "obs.health.db-pool.for", "1s")) {
      String name = JdbcPoolsIT.open(app, "hikari", "postgresql", 2, 30_000);
      HttpResponse<String> before = Http.get(app.agent + "/health/ready");
      assertEquals(200, before.statusCode(), before.body());
      assertEquals("UP", HealthJson.check(before.body(), "db-pool"), before.body());
      JdbcPoolsIT.ok(app, "/slow?name=" + name + "&threads=6&seconds=2");
      AtomicReference<String> down = new AtomicReference<>();
      Poll.until(JdbcPoolsIT.TIMEOUT, "readiness DOWN with db-pool DOWN", () -> {
        HttpResponse<String> r = Http.get(app.agent + "/health/ready");
        down.set(r.body());
        return r.statusCode() == 503 && "DOWN".equals(HealthJson.check(r.body(), "db-pool"));
      });
      assertEquals(name, HealthJson.data(down.get(), "db-pool", "saturated_pool"), down.get());
      assertEquals("0", Http.get(app.control + "/await?name=" + name).body());
      HttpResponse<String> up = Http.get(app.agent + "/health/ready");
      assertEquals(200, up.statusCode(), up.body());
      assertEquals("UP", HealthJson.check(up.body(), "db-pool"), up.body());
    }
  }
}
