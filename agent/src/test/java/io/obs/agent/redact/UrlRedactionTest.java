package io.obs.agent.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlRedactionTest {

  @Test
  void credentialsInTheAuthorityAreReplaced() {
    assertEquals("https://REDACTED:REDACTED@api.example.com:8443/v1/x",
        UrlRedaction.url("https://user:p%40ss@api.example.com:8443/v1/x"));
    assertEquals("http://REDACTED:REDACTED@host/", UrlRedaction.url("http://token@host/"));
    assertEquals("http://host/a@b", UrlRedaction.url("http://host/a@b"), "an @ in the path is not user info");
  }

  @Test
  void sensitiveQueryValuesAreReplacedWhateverTheirCase() {
    assertEquals("http://h/p?q=books&Password=REDACTED&page=2&API_KEY=REDACTED",
        UrlRedaction.url("http://h/p?q=books&Password=hunter2&page=2&API_KEY=abc"));
    assertEquals("a=1&token=REDACTED", UrlRedaction.query("a=1&token=xyz"));
    assertEquals("X-Amz-Signature=REDACTED&X-Amz-Credential=REDACTED&v=1",
        UrlRedaction.query("X-Amz-Signature=abc&X-Amz-Credential=def&v=1"));
    assertEquals("token=REDACTED&&flag", UrlRedaction.query("token=&&flag"));
  }

  @Test
  void harmlessQueriesAreReturnedAsTheyAre() {
    String query = "q=token+ring&tokens=3&keyword=x";
    assertEquals(query, UrlRedaction.query(query));
    assertEquals("", UrlRedaction.query(""));
    assertNull(UrlRedaction.query(null));
    assertNull(UrlRedaction.url(null));
  }

  @Test
  void sessionPathParametersAndFragmentsGo() {
    assertEquals("http://h/cart/view?x=1", UrlRedaction.url("http://h/cart;jsessionid=ABC123/view?x=1#top"));
    assertEquals("http://h/cart", UrlRedaction.url("http://h/cart;JSESSIONID=ABC123"));
  }
}
