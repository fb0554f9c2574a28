package io.obs.agent.saturation;

/** Reads one kind of container's started pool object; resolved once per class. */
interface PoolReader {

  /** The pool now, or null when it has no bounded pool to report (not running, virtual threads). */
  PoolSample read(Object pool) throws Throwable;
}
