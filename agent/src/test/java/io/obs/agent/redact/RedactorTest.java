package io.obs.agent.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus: texts with one secret each, and near misses that must come back untouched. */
class RedactorTest {

  private final Redactions redactions = new Redactions();
  private final Redactor redactor = redactions.redactor;

  static Stream<Arguments> secrets() {
    return Stream.of(
        // key=value, key: value, "key":"value"
        Arguments.of("key", "UPDATE users SET password='hunter2' WHERE id=42", "UPDATE users SET password='REDACTED' WHERE id=42"),
        Arguments.of("key", "SELECT * FROM accounts WHERE login = 'bob' AND password = 'hunter2'",
            "SELECT * FROM accounts WHERE login = 'bob' AND password = 'REDACTED'"),
        Arguments.of("key", "UPDATE t SET pwd='it''s \\' mine' WHERE x=1", "UPDATE t SET pwd='REDACTED' WHERE x=1"),
        Arguments.of("key", "SET password='hunter2 and the rest", "SET password='REDACTED"),
        Arguments.of("key", "GET /login?user=bob&password=hunter2 HTTP/1.1", "GET /login?user=bob&password=REDACTED HTTP/1.1"),
        Arguments.of("key", "redirect to /cb?code=4/0AX4XfWh&state=xyz", "redirect to /cb?code=REDACTED&state=xyz"),
        Arguments.of("key", "/v1/items?q=shoes&API_KEY=abc123&page=2", "/v1/items?q=shoes&API_KEY=REDACTED&page=2"),
        Arguments.of("key", "jdbc:postgresql://db:5432/shop?user=app&password=s3cr3t&ssl=true",
            "jdbc:postgresql://db:5432/shop?user=app&password=REDACTED&ssl=true"),
        Arguments.of("key", "Authorization: Bearer abc.def.ghi", "Authorization: REDACTED"),
        Arguments.of("key", "Cookie: JSESSIONID=1A2B3C; theme=dark", "Cookie: REDACTED"),
        Arguments.of("key", "Set-Cookie: sid=abc123; Path=/; HttpOnly", "Set-Cookie: REDACTED"),
        Arguments.of("key", "Host: shop.local\nX-Api-Key: k-12345\r\nAccept: */*", "Host: shop.local\nX-Api-Key: REDACTED\r\nAccept: */*"),
        Arguments.of("key", "proxy-authorization:Basic Zm9v", "proxy-authorization:REDACTED"),
        Arguments.of("key", "{\"user\":\"bob\",\"password\":\"hunter2\"}", "{\"user\":\"bob\",\"password\":\"REDACTED\"}"),
        Arguments.of("key", "{\"access_token\" : \"a\\\"b\", \"expires_in\": 3600}",
            "{\"access_token\" : \"REDACTED\", \"expires_in\": 3600}"),
        Arguments.of("key", "{\"pin\":1234,\"amount\":5}", "{\"pin\":REDACTED,\"amount\":5}"),
        Arguments.of("key", "Login failed for bob with password=hunter2!", "Login failed for bob with password=REDACTED"),
        Arguments.of("key", "{client_secret=s3cr3t, grant_type=client_credentials}",
            "{client_secret=REDACTED, grant_type=client_credentials}"),
        Arguments.of("key", "Request{userName=bob, userPassword=pw1}", "Request{userName=bob, userPassword=REDACTED}"),
        Arguments.of("key", "-Ddb.password=changeit -Xmx1g", "-Ddb.password=REDACTED -Xmx1g"),
        Arguments.of("key", "spring.datasource.password: s3cret value", "spring.datasource.password: REDACTED"),
        Arguments.of("key", "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "aws_secret_access_key=REDACTED"),
        Arguments.of("key", "X-Amz-Security-Token=FwoGZXIvYXdzEBY&X-Amz-Date=20240101T000000Z",
            "X-Amz-Security-Token=REDACTED&X-Amz-Date=20240101T000000Z"),
        Arguments.of("key", "sessionId=7f3a9c, items=3", "sessionId=REDACTED, items=3"),
        Arguments.of("key", "card=4111 1111 1111 1111 exp=12/25", "card=REDACTED exp=12/25"),
        Arguments.of("key", "iban=DE89 3704 0044 0532 0130 00 bic=COBADEFFXXX", "iban=REDACTED bic=COBADEFFXXX"),
        Arguments.of("key", "ssn: 078-05-1120", "ssn: REDACTED"),
        Arguments.of("key", "passphrase = 'correct horse'", "passphrase = 'REDACTED'"),
        // e-mail addresses
        Arguments.of("email", "User alice.smith+test@example.co.uk not found", "User REDACTED not found"),
        Arguments.of("email", "java.lang.IllegalStateException: duplicate entry bob@shop.example.com",
            "java.lang.IllegalStateException: duplicate entry REDACTED"),
        Arguments.of("email", "mailto:support@example.org", "mailto:REDACTED"),
        Arguments.of("email", "From: <bob_99@mail.example>", "From: <REDACTED>"),
        Arguments.of("email", "/users/jane.doe@corp.example/orders", "/users/REDACTED/orders"),
        // card numbers that pass the Luhn check
        Arguments.of("card", "charge 4111111111111111 declined", "charge REDACTED declined"),
        Arguments.of("card", "pan 4111-1111-1111-1111.", "pan REDACTED."),
        Arguments.of("card", "Amex 3782 822463 10005 on file", "Amex REDACTED on file"),
        Arguments.of("card", "mc 2223003122003222", "mc REDACTED"),
        Arguments.of("card", "card no 5555 5555 5555 4444 123", "card no REDACTED 123"),
        Arguments.of("card", "/pay?ref=6011111111111117&x=1", "/pay?ref=REDACTED&x=1"),
        Arguments.of("card", "diners 30569309025904", "diners REDACTED"),
        // JWTs
        Arguments.of("jwt", "token rejected: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
            + "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U (expired)", "token rejected: REDACTED (expired)"),
        Arguments.of("jwt", "/sso?jwt=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "/sso?jwt=REDACTED"),
        // Bearer and Basic credentials
        Arguments.of("bearer", "upstream said Bearer mF_9.B5f-4.1JqM is invalid", "upstream said Bearer REDACTED is invalid"),
        Arguments.of("bearer", "retrying with bearer 0123456789abcdef", "retrying with bearer REDACTED"),
        Arguments.of("bearer", "sent Basic dXNlcjpwYXNzd29yZA== to proxy", "sent Basic REDACTED to proxy"),
        // AWS access key ids
        Arguments.of("aws_key", "using AKIAIOSFODNN7EXAMPLE in us-east-1", "using REDACTED in us-east-1"),
        Arguments.of("aws_key", "temporary ASIAY34FZKBOKMUTVV7A", "temporary REDACTED"),
        // user info in URLs
        Arguments.of("url_credentials", "connect to https://admin:s3cret@db.example.com:8443/x failed",
            "connect to https://REDACTED:REDACTED@db.example.com:8443/x failed"),
        Arguments.of("url_credentials", "ftp://anonymous@ftp.example.org/pub", "ftp://REDACTED:REDACTED@ftp.example.org/pub"),
        Arguments.of("url_credentials", "redis://:p4ss@cache:6379/0", "redis://REDACTED:REDACTED@cache:6379/0"),
        Arguments.of("url_credentials", "mongodb://app:p@ss@mongo/db", "mongodb://REDACTED:REDACTED@mongo/db"),
        // IBANs
        Arguments.of("iban", "IBAN DE89 3704 0044 0532 0130 00 (Commerzbank)", "IBAN REDACTED (Commerzbank)"),
        Arguments.of("iban", "to GB82WEST12345698765432", "to REDACTED"),
        Arguments.of("iban", "pay FR1420041010050500013M02606.", "pay REDACTED."),
        Arguments.of("iban", "BE68 5390 0754 7034 SENT", "REDACTED SENT"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("secrets")
  void aSecretIsReplacedByTheMarkerAndCountedUnderItsRule(String rule, String text, String expected) {
    assertEquals(expected, redactor.redact(text));
    assertEquals(Map.of(rule, 1L), redactions.counted());
    assertSame(expected, redactor.redact(expected), "redacting again changes nothing");
    assertEquals(Map.of(rule, 1L), redactions.counted(), "and counts nothing");
  }

  static Stream<String> nearMisses() {
    return Stream.of(
        "order 4111111111111112 shipped", // 16 digits failing the Luhn check
        "order 2024061512345678 shipped",
        "epoch 1718000000000 ms, seq 1234567890123456", // start with 1: no card network
        "account 123456789012",
        "2024-01-15T10:30:00.123Z",
        "at 2024-01-15 10:30:00,123 INFO Started in 4.2 s",
        "id 550e8400-e29b-41d4-a716-446655440000",
        "version 1.2.3-SNAPSHOT, build 2024.06.01",
        "client 192.168.10.254:8080",
        "listening on [2001:db8::1]:443",
        "ISBN 978-3-16-148410-0",
        "call +1 415 555 0132",
        "price 12.50 EUR, qty 3",
        "pi 3.14159265358979323",
        "tokens=3&page=2",
        "passport=X1234567",
        "keyword=shoes&discard=true&spin=2&pinned=1",
        "status_code=500, cardinality=2000",
        "tokenizer: whitespace",
        "sessions: 12 active",
        "secretary: Jane",
        "authored_by=alice&oauth=enabled",
        "java.lang.Object@1b6d3586",
        "@Override public void run()",
        "git user@localhost",
        "see https://example.com/a@b",
        "Bearer token required",
        "Basic authentication failed",
        "WWW-Authenticate: Basic realm=\"shop\"",
        "AKIA too short: AKIA1234",
        "GB82 WEST 1234 5698 7654 33", // bad check digits
        "password reset requested",
        "password=",
        "SELECT * FROM users WHERE password = ?",
        "token=REDACTED",
        "if (password == null) return;",
        "SQL state 08001: connection refused",
        "x=1, y=2",
        "GET /users/{id}",
        "eyJ is how a JWT starts",
        "Hello World");
  }

  @ParameterizedTest
  @MethodSource("nearMisses")
  void aNearMissComesBackAsTheSameInstanceAndIsNotCounted(String text) {
    assertSame(text, redactor.redact(text));
    assertEquals(Map.of(), redactions.counted());
  }
}
