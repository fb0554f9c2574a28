package io.obs.agent.pool;

/** The gauges read from a pool at scrape time; each {@link PoolKind} says where it finds which. */
enum PoolGauge {
  USED, IDLE, MAX, IDLE_MAX, IDLE_MIN, PENDING
}
