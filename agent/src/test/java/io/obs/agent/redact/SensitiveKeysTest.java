package io.obs.agent.redact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveKeysTest {

  private final Redactor redactor = new Redactions(Set.of("X-Tenant-Key"), "REDACTED", List.of()).redactor;

  @ParameterizedTest
  @ValueSource(strings = {"password", "passwd", "pwd", "secret", "client_secret", "token", "access_token",
      "refresh_token", "id_token", "api_key", "apikey", "access_key", "secret_key", "private_key", "authorization",
      "proxy-authorization", "cookie", "set-cookie", "session", "sessionid", "jsessionid", "ssn", "card", "cardnumber",
      "card_number", "cvv", "cvc", "pin", "iban", "credential", "credentials", "signature",
      // what URLs carry
      "pass", "auth", "api-key", "key", "session_id", "phpsessid", "sid", "code", "sig", "x-amz-signature",
      "x-amz-credential", "x-amz-security-token", "x-goog-signature", "x-goog-credential", "AWSAccessKeyId",
      // any case, - or _, camel case, as the last part of a longer name
      "PASSWORD", "Api-Key", "API_KEY", "apiKey", "x-api-key", "X-API-KEY", "db_password", "DB_PASSWORD", "db.password",
      "userPassword", "accessToken", "csrf-token", "creditCardNumber", "credit_card", "JSESSIONID", "Proxy-Authorization",
      "aws_secret_access_key", "secretKey", "x-auth", "user2Password",
      // configured: obs.redaction.keys
      "x-tenant-key", "X_TENANT_KEY", "tenantKey-x-tenant-key"})
  void sensitive(String key) {
    assertTrue(redactor.sensitiveKey(key), key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "passport", "tokens", "tokenizer", "keyword", "discard", "spin", "pinned", "cardinality",
      "secretary", "sessions", "session_count", "oauth", "authored", "mypassword", "zip_code", "sort_key", "monkey",
      "user", "id", "q", "page", "tenant", "x-request-id", "content-type", "accept"})
  void notSensitive(String key) {
    assertFalse(redactor.sensitiveKey(key), key);
  }

  @Test
  void aConfiguredKeyOfSeparatorsOnlyIsNoKey() {
    Redactor separators = new Redactions(Set.of("-", "__"), "REDACTED", List.of()).redactor;
    assertFalse(separators.sensitiveKey("user"));
    assertFalse(separators.sensitiveKey("a-"));
    assertTrue(separators.sensitiveKey("password"));
  }
}
