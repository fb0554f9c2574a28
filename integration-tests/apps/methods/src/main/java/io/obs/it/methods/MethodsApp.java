package io.obs.it.methods;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Control port (first argument): {@code /run} runs the workload once and answers what it computed,
 * {@code charged=<cents> reserved=<n> declined=<n> name=<name>}: 3 standard and 2 express orders,
 * one declined charge (caught), and {@link EarlyConfig#describe} twice.
 */
public final class MethodsApp {

  private MethodsApp() {}

  public static void main(String[] args) throws IOException {
    String name = EarlyConfig.NAME;
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
    server.createContext("/run", MethodsApp::run);
    server.start();
    System.out.println("methods app " + name + " ready");
  }

  private static void run(HttpExchange exchange) throws IOException {
    Inventory inventory = new Inventory();
    PaymentGateway gateway = new CardGateway();
    OrderService standard = new StandardOrderService(inventory, gateway);
    OrderService express = new ExpressOrderService(inventory, gateway);
    long charged = 0;
    for (int i = 1; i <= 3; i++) {
      charged += standard.placeOrder(new Order("s-" + i, "jane.doe@example.com", "4111111111111111", 1000 * i));
    }
    for (int i = 1; i <= 2; i++) {
      charged += express.placeOrder(new Order("x-" + i, "john@example.org", "5500000000000004", 100));
    }
    int declined = 0;
    try {
      gateway.charge("4111111111111111", 0);
    } catch (IllegalStateException e) {
      declined++;
    }
    String answer = "charged=" + charged + " reserved=" + inventory.reserved() + " declined=" + declined + " name="
        + EarlyConfig.describe() + EarlyConfig.describe().length() + "\n";
    byte[] body = answer.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
