package io.obs.agent.auth;

/**
 * What the container decided about authentication on one thread since its current request began:
 * the outcome of its credential check, told to the request when the container finishes it.
 */
final class RequestAuth {

  /** A credential check not yet emitted. */
  boolean pending;
  String user;
  boolean success;
  /** A credential check of this request failed: its 401 is that failure, not a separate denial. */
  boolean failedCheck;
  int status;

  void checked(String checkedUser, boolean checkSuccess) {
    pending = true;
    user = checkedUser;
    success = checkSuccess;
    failedCheck |= !checkSuccess;
  }

  void clear() {
    pending = false;
    user = null;
    failedCheck = false;
    status = 0;
  }
}
