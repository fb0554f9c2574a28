package io.obs.agent.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletionException;

/**
 * Ends an asynchronous send when the library calls back: a JDK proxy of the library's own callback
 * interface (OkHttp's {@code Callback}, a {@code BiConsumer} for a {@code CompletableFuture}), so no
 * agent class is injected into the application's class loader. The first call that carries a
 * response or a {@code Throwable} ends the measurement, then the application's callback runs as if
 * called directly. Reflection here runs once per asynchronous send, never for a synchronous one.
 */
final class ClientCallbacks {

  private static final String[] STATUS_METHODS = {"code", "statusCode", "getCode"};

  /** The public, exported {@code int} status accessor of a response class, or null. */
  private static final ClassValue<Method> STATUS = new ClassValue<Method>() {
    @Override
    protected Method computeValue(Class<?> responseType) {
      Deque<Class<?>> types = new ArrayDeque<>();
      types.add(responseType);
      while (!types.isEmpty()) {
        Class<?> type = types.poll();
        Method method = accessor(type);
        if (method != null) {
          return method;
        }
        if (type.getSuperclass() != null) {
          types.add(type.getSuperclass());
        }
        types.addAll(java.util.Arrays.asList(type.getInterfaces()));
      }
      return null;
    }
  };

  interface End {
    void end(int status, Throwable error);
  }

  private ClientCallbacks() {}

  static Object wrap(Class<?> callbackType, Object delegate, End end) {
    if (!callbackType.isInterface()) {
      return null;
    }
    InvocationHandler handler = new InvocationHandler() {
      private boolean ended;

      @Override
      public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
          return objectMethod(proxy, method, args);
        }
        if (!ended && args != null) {
          ended = outcome(args, end);
        }
        if (delegate == null) {
          return null;
        }
        try {
          return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    };
    return Proxy.newProxyInstance(callbackType.getClassLoader(), new Class<?>[] {callbackType}, handler);
  }

  /** Ends with the first Throwable argument, else the first argument with a status; false if neither. */
  private static boolean outcome(Object[] args, End end) {
    for (Object arg : args) {
      if (arg instanceof Throwable) {
        Throwable error = (Throwable) arg;
        // a dependent stage of a CompletableFuture wraps what the client threw
        end.end(-1, error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
        return true;
      }
    }
    for (Object arg : args) {
      Method status = arg == null ? null : STATUS.get(arg.getClass());
      if (status != null) {
        try {
          end.end((Integer) status.invoke(arg), null);
        } catch (ReflectiveOperationException e) {
          end.end(-1, e);
        }
        return true;
      }
    }
    return false;
  }

  private static Object objectMethod(Object proxy, Method method, Object[] args) {
    switch (method.getName()) {
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        return "obs-agent callback";
    }
  }

  private static Method accessor(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers()) || !type.getModule().isExported(type.getPackageName())) {
      return null;
    }
    for (String name : STATUS_METHODS) {
      try {
        Method method = type.getMethod(name);
        if (method.getReturnType() == int.class) {
          return method;
        }
      } catch (NoSuchMethodException ignored) {
        // try the next name
      }
    }
    return null;
  }
}
