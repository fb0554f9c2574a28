package io.obs.agent.weaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.agent.bootstrap.StartedPools;
import io.obs.agent.instrumentation.api.MethodHook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HookWeaverTest {

  /** Stands in for a container's endpoint: started, then stopped. */
  public static final class Endpoint {
    public int starts;

    public void start() {
      starts++;
    }

    public void stop() {}
  }

  private static final String NAME = Endpoint.class.getName();

  @Test
  void hooksWithThisHandTheInstanceToTheBridgeAtReturnAndEntry() throws Exception {
    HookWeaver weaver = new HookWeaver(List.of(
        MethodHook.onReturn(NAME, "start", "poolStarted").withThis(),
        MethodHook.onEntry(NAME, "stop", "poolStopped").withThis()));
    String internalName = NAME.replace('.', '/');
    assertTrue(weaver.handles(internalName));
    Class<?> woven = new Loader(weaver.weave(internalName, classFile())).loadClass(NAME);
    Object endpoint = woven.getConstructor().newInstance();

    woven.getMethod("start").invoke(endpoint);
    assertTrue(StartedPools.live().contains(endpoint));
    assertEquals(1, woven.getField("starts").get(endpoint), "the method itself still runs");
    woven.getMethod("start").invoke(endpoint);
    assertEquals(1, StartedPools.live().stream().filter(p -> p == endpoint).count(), "listed once");

    woven.getMethod("stop").invoke(endpoint);
    assertFalse(StartedPools.live().contains(endpoint));
  }

  private static byte[] classFile() {
    try (InputStream in = HookWeaverTest.class.getResourceAsStream("HookWeaverTest$Endpoint.class")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Loader extends ClassLoader {
    private final byte[] woven;

    Loader(byte[] woven) {
      super(HookWeaverTest.class.getClassLoader());
      this.woven = woven;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.equals(NAME)) {
        synchronized (getClassLoadingLock(name)) {
          Class<?> loaded = findLoadedClass(name);
          return loaded != null ? loaded : defineClass(name, woven, 0, woven.length);
        }
      }
      return super.loadClass(name, resolve);
    }
  }
}
