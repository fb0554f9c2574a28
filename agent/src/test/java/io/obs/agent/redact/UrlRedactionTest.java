package io.obs.agent.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlRedactionTest {

  private final Redactions redactions = new Redactions();
  private final Redactor redactor = redactions.redactor;

  @Test
  void credentialsInTheAuthorityAreReplaced() {
    assertEquals("https://REDACTED:REDACTED@api.example.com:8443/v1/x",
        redactor.url("https://user:p%40ss@api.example.com:8443/v1/x"));
    assertEquals("http://REDACTED:REDACTED@host/", redactor.url("http://token@host/"));
    assertEquals("http://host/a@b", redactor.url("http://host/a@b"), "an @ in the path is not user info");
    assertEquals(Map.of("url_credentials", 2L), redactions.counted());
  }

  @Test
  void sensitiveQueryValuesAreReplacedWhateverTheirCase() {
    assertEquals("http://h/p?q=books&Password=REDACTED&page=2&API_KEY=REDACTED",
        redactor.url("http://h/p?q=books&Password=hunter2&page=2&API_KEY=abc"));
    assertEquals("a=1&token=REDACTED", redactor.query("a=1&token=xyz"));
    assertEquals("X-Amz-Signature=REDACTED&X-Amz-Credential=REDACTED&v=1",
        redactor.query("X-Amz-Signature=abc&X-Amz-Credential=def&v=1"));
    assertEquals("token=REDACTED&&flag", redactor.query("token=&&flag"));
    assertEquals("code=REDACTED&x-api-key=REDACTED&accessToken=REDACTED",
        redactor.query("code=4%2F0A&x-api-key=k&accessToken=t"));
    assertEquals(Map.of("key", 9L), redactions.counted());
  }

  @Test
  void harmlessQueriesAreReturnedAsTheyAre() {
    String query = "q=token+ring&tokens=3&keyword=x&zip_code=12345";
    assertSame(query, redactor.query(query));
    assertEquals("", redactor.query(""));
    assertNull(redactor.query(null));
    assertNull(redactor.url(null));
    assertEquals(Map.of(), redactions.counted());
  }

  @Test
  void sessionPathParametersAndFragmentsGo() {
    assertEquals("http://h/cart/view?x=1", redactor.url("http://h/cart;jsessionid=ABC123/view?x=1#top"));
    assertEquals("http://h/cart", redactor.url("http://h/cart;JSESSIONID=ABC123"));
  }
}
