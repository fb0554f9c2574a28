package io.obs.agent.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

/**
 * Ends an asynchronous request when the container completes it. The listener is a JDK proxy of the
 * application's own {@code AsyncListener} interface, so no agent class has to be injected into the
 * application's class loader. Reflection here runs once per async request, never per sync one.
 */
final class AsyncCompletion {

  /** Reflective handles of one servlet API (javax or jakarta), found once per listener interface. */
  private static final class Api {
    final Method suppliedResponse;
    final Method throwable;
    final Method status;

    Api(Class<?> listenerType) throws ReflectiveOperationException {
      String ns = listenerType.getName().substring(0, listenerType.getName().lastIndexOf('.'));
      ClassLoader loader = listenerType.getClassLoader();
      Class<?> event = Class.forName(ns + ".AsyncEvent", false, loader);
      suppliedResponse = event.getMethod("getSuppliedResponse");
      throwable = event.getMethod("getThrowable");
      status = Class.forName(ns + ".http.HttpServletResponse", false, loader).getMethod("getStatus");
    }
  }

  private static final ClassValue<Api> APIS = new ClassValue<Api>() {
    @Override
    protected Api computeValue(Class<?> listenerType) {
      try {
        return new Api(listenerType);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("not a servlet AsyncListener: " + listenerType.getName(), e);
      }
    }
  };

  private AsyncCompletion() {}

  interface End {
    void end(int status, Throwable error);
  }

  static Object listener(Class<?> listenerType, End end, Consumer<Throwable> onError) {
    Api api = APIS.get(listenerType);
    InvocationHandler handler = new InvocationHandler() {
      private Throwable error;

      @Override
      public Object invoke(Object proxy, Method method, Object[] args) {
        try {
          return handle(proxy, method, args);
        } catch (Throwable t) {
          onError.accept(t); // never into the container's listener loop
          return null;
        }
      }

      private Object handle(Object proxy, Method method, Object[] args) throws ReflectiveOperationException {
        switch (method.getName()) {
          case "onError":
            error = (Throwable) api.throwable.invoke(args[0]);
            return null;
          case "onComplete":
            Object response = api.suppliedResponse.invoke(args[0]);
            end.end((Integer) api.status.invoke(response), error);
            return null;
          case "hashCode":
            return System.identityHashCode(proxy);
          case "equals":
            return proxy == args[0];
          case "toString":
            return "obs-agent AsyncListener";
          default:
            return null; // onTimeout, onStartAsync: the request ends at onComplete
        }
      }
    };
    return Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType}, handler);
  }
}
