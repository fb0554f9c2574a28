package io.obs.agent.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How one request maps to auth signals: the sequences Tomcat produces, call by call. */
class AuthRecorderTest {

  private static final String ADDRESS = "10.1.2.3";
  private final List<String> emitted = new ArrayList<>();
  private final AuthRecorder recorder = new AuthRecorder((event, span, clientAddress, route, path, user, status) ->
      emitted.add(event.eventName() + " " + clientAddress + " " + route + " " + path + " " + user + " " + status));

  @Test
  void basicWithBadCredentialsIsOneFailureAndNoDenialForItsChallenge() {
    recorder.checked("alice", false);
    assertTrue(recorder.requestEnded(401));
    recorder.requestEvents(false, null, null, ADDRESS, "/app/basic/x");
    assertEquals(List.of("auth.login.failure 10.1.2.3 null /app/basic/x alice 0"), emitted);
  }

  @Test
  void aChallengeWithoutCredentialsIsADenial() {
    assertTrue(recorder.requestEnded(401));
    recorder.requestEvents(false, null, null, ADDRESS, "/app/basic/x");
    assertEquals(List.of("auth.denied 10.1.2.3 null /app/basic/x null 401"), emitted);
  }

  @Test
  void goodCredentialsWithoutTheRoleAreASuccessAndADenial() {
    recorder.checked("bob", true);
    assertTrue(recorder.requestEnded(403));
    recorder.requestEvents(false, null, null, ADDRESS, "/app/admin/x");
    assertEquals(List.of("auth.login.success 10.1.2.3 null /app/admin/x bob 0",
        "auth.denied 10.1.2.3 null /app/admin/x null 403"), emitted);
  }

  @Test
  void anOrdinaryRequestEmitsNothingAndReadsNothing() {
    assertFalse(recorder.requestEnded(200));
    assertFalse(recorder.requestEnded(404));
    assertEquals(List.of(), emitted);
  }

  @Test
  void aFailedFormLoginAnswered200DoesNotHideTheNextRequestsDenial() {
    recorder.checked("carol", false);
    assertTrue(recorder.requestEnded(200));
    recorder.requestEvents(true, null, "/app/*", ADDRESS, "/app/j_security_check");
    recorder.servletDenied(false, 401, null, "/app/api", ADDRESS);
    assertEquals(List.of("auth.login.failure 10.1.2.3 /app/* /app/j_security_check carol 0",
        "auth.denied 10.1.2.3 /app/api null null 401"), emitted);
  }

  @Test
  void aServletsDenialIsReportedOnceByTheServletNotAgainByTheContainer() {
    recorder.checked("dave", true);
    recorder.servletDenied(false, 403, null, "/app/api", ADDRESS);
    assertTrue(recorder.requestEnded(403));
    recorder.requestEvents(true, null, "/app/api", ADDRESS, "/app/api");
    assertEquals(List.of("auth.denied 10.1.2.3 /app/api null null 403",
        "auth.login.success 10.1.2.3 /app/api /app/api dave 0"), emitted);
  }

  @Test
  void anErrorPageForTheChallengeOfAFailedCheckIsNoDenial() {
    recorder.checked("erin", false);
    recorder.servletDenied(false, 401, null, "/app/error/*", ADDRESS);
    assertTrue(recorder.requestEnded(401));
    recorder.requestEvents(true, null, "/app/error/*", ADDRESS, "/app/basic/x");
    assertEquals(List.of("auth.login.failure 10.1.2.3 /app/error/* /app/basic/x erin 0"), emitted);
  }

  @Test
  void aFailedRequestLoginAnswered401IsOneFailure() {
    recorder.login(false, "frank", null, "/app/login", ADDRESS, "/app/login");
    recorder.servletDenied(true, 401, null, "/app/login", ADDRESS);
    assertEquals(List.of("auth.login.failure 10.1.2.3 /app/login /app/login frank 0"), emitted);
  }

  @Test
  void twoChecksBeforeTheRequestEndsAreBothEmitted() {
    recorder.checked("gina", false);
    recorder.checked("gina", true);
    recorder.requestEnded(200);
    recorder.requestEvents(false, null, null, ADDRESS, "/app/x");
    assertEquals(List.of("auth.login.failure null null null gina 0", "auth.login.success 10.1.2.3 null /app/x gina 0"),
        emitted);
  }

  @Test
  void checksAreTrackedPerThread() throws InterruptedException {
    recorder.checked("hank", false);
    Thread other = new Thread(() -> {
      recorder.requestEnded(401);
      recorder.requestEvents(false, null, null, ADDRESS, "/app/other");
    });
    other.start();
    other.join();
    assertEquals(List.of("auth.denied 10.1.2.3 null /app/other null 401"), emitted);
  }

  @Test
  void logoutCarriesTheUserAndRoute() {
    recorder.logout("ivy", null, "/app/logout", ADDRESS, "/app/logout");
    assertEquals(List.of("auth.logout 10.1.2.3 /app/logout /app/logout ivy 0"), emitted);
  }
}
