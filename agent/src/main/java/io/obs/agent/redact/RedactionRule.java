package io.obs.agent.redact;

import java.util.Locale;

/** What found a secret: the {@code rule} label of {@code obs_agent_redactions_total}. */
enum RedactionRule {
  KEY, EMAIL, CARD, JWT, BEARER, AWS_KEY, URL_CREDENTIALS, IBAN, PATTERN;

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
