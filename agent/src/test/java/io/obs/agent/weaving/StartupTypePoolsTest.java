package io.obs.agent.weaving;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.Test;

class StartupTypePoolsTest {

  private final StartupTypePools pools = new StartupTypePools();
  private final ClassLoader app = getClass().getClassLoader();

  @Test
  void oneCachePerClassLoaderWhileStartingTheBootstrapLoaderIncluded() {
    TypePool.CacheProvider appCache = pools.locate(app);
    assertSame(appCache, pools.locate(app));
    assertSame(pools.locate(null), pools.locate(null));
    assertNotSame(appCache, pools.locate(null));
  }

  @Test
  void afterStartUpEveryTransformationHasItsOwn() {
    TypePool.CacheProvider starting = pools.locate(app);
    pools.end();
    TypePool.CacheProvider first = pools.locate(app);
    assertNotSame(starting, first);
    assertNotSame(first, pools.locate(app));
  }
}
