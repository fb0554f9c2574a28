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
 * interface (OkHttp's {@code Callback}, a {@code BiConsumer} for a {@code CompletableFuture}, Apache
 * HttpClient 5's {@code AsyncExecCallback}), so no agent class is injected into the application's
 * class loader. The first call that carries a final response (status 200 and up) or a
 * {@code Throwable} ends the measurement, then the application's callback runs as if called
 * directly; an interface with a no-argument {@code completed()} reports the response's head first
 * and its end later, so there the status is kept and {@code completed()} (or a failure) ends it.
 * Reflection here runs once per asynchronous send, never for a synchronous one.
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

  /** Callback interfaces with a no-argument {@code completed()}: the end comes after the response. */
  private static final ClassValue<Boolean> COMPLETES_LATER = new ClassValue<Boolean>() {
    @Override
    protected Boolean computeValue(Class<?> callbackType) {
      try {
        return callbackType.getMethod("completed").getReturnType() == void.class;
      } catch (NoSuchMethodException e) {
        return false;
      }
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
    Outcome outcome = new Outcome(end, COMPLETES_LATER.get(callbackType));
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(proxy, method, args);
      }
      outcome.call(method.getName(), args);
      if (delegate == null) {
        return null;
      }
      try {
        return method.invoke(delegate, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return Proxy.newProxyInstance(callbackType.getClassLoader(), new Class<?>[] {callbackType}, handler);
  }

  /** What the library's calls on one callback tell: the status seen, and whether the send ended. */
  private static final class Outcome {
    private final End end;
    private final boolean completesLater;
    private int status = -1;
    private boolean ended;

    Outcome(End end, boolean completesLater) {
      this.end = end;
      this.completesLater = completesLater;
    }

    void call(String method, Object[] args) {
      if (ended) {
        return;
      }
      Throwable error = args == null ? null : error(args);
      if (error != null) {
        finish(error);
        return;
      }
      int received = args == null ? -1 : status(args);
      if (received >= 200) {
        status = received;
        if (!completesLater) {
          finish(null);
        }
      } else if (completesLater && status != -1 && args == null && method.equals("completed")) {
        finish(null);
      }
    }

    private void finish(Throwable error) {
      ended = true;
      end.end(status, error);
    }
  }

  /** The first Throwable argument, null if none; a dependent stage of a CompletableFuture wraps what the client threw. */
  private static Throwable error(Object[] args) {
    for (Object arg : args) {
      if (arg instanceof Throwable) {
        Throwable error = (Throwable) arg;
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      }
    }
    return null;
  }

  /** The status of the first argument that has one, else -1. */
  private static int status(Object[] args) {
    for (Object arg : args) {
      Method accessor = arg == null ? null : STATUS.get(arg.getClass());
      if (accessor != null) {
        try {
          return (Integer) accessor.invoke(arg);
        } catch (ReflectiveOperationException | RuntimeException e) {
          return -1;
        }
      }
    }
    return -1;
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
