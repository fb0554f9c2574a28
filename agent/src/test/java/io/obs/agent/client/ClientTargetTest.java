package io.obs.agent.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ClientTargetTest {

  @Test
  void credentialsNeverReachTheAddress() {
    assertEquals("host", ClientTarget.address("user:pass@host"));
    assertEquals("host", ClientTarget.address("user@host"));
    assertEquals("host", ClientTarget.address("us@r:p@ss@host"));
    assertEquals("::1", ClientTarget.address("user:pass@[::1]"));
  }

  @Test
  void plainHostsAreTakenAsTheyAre() {
    String host = "api.example.com";
    assertSame(host, ClientTarget.address(host));
    assertEquals("::1", ClientTarget.address("[::1]"));
    assertEquals("", ClientTarget.address(null));
  }

  @Test
  void missingPortsAreTheSchemeDefault() {
    assertEquals(80, ClientTarget.port("http", -1));
    assertEquals(443, ClientTarget.port("https", -1));
    assertEquals(443, ClientTarget.port("HTTPS", 0));
    assertEquals(80, ClientTarget.port(null, -1));
    assertEquals(8443, ClientTarget.port("https", 8443));
  }
}
