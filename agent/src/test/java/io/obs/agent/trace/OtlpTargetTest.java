package io.obs.agent.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.obs.agent.config.AgentConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OtlpTargetTest {

  private final Properties props = new Properties();
  private final Map<String, String> env = new HashMap<>();
  private final List<String> report = new ArrayList<>();

  private OtlpTarget target() {
    return OtlpTarget.of(AgentConfig.load(null, props, env, report::add));
  }

  @Test
  void byDefaultHttpProtobufToTheLocalCollectorsTracesPath() {
    assertEquals("otlp(http://localhost:4318/v1/traces)", target().toString());
    assertEquals(List.of(), report);
  }

  @Test
  void grpcDefaultsToPort4317WithoutASignalPath() {
    props.setProperty("obs.exporter.otlp.protocol", "grpc");
    OtlpTarget target = target();
    assertEquals(true, target.grpc());
    assertEquals("http://localhost:4317", target.url());
    assertEquals("otlp-grpc(http://localhost:4317)", target.toString());
    assertEquals(List.of(), report);
  }

  @Test
  void aGrpcEndpointIsUsedAsItIs() {
    props.setProperty("obs.exporter.otlp.protocol", "grpc");
    props.setProperty("otel.exporter.otlp.endpoint", "https://collector.example:4317");
    assertEquals("https://collector.example:4317", target().url());
  }

  @Test
  void anHttpEndpointGetsTheTracesPathOnce() {
    props.setProperty("obs.exporter.otlp.endpoint", "http://collector:4318/");
    assertEquals("http://collector:4318/v1/traces", target().url());
  }

  @Test
  void theProtocolFallsBackToTheOtelKeysTracesFirst() {
    env.put("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc");
    assertEquals(true, target().grpc(), "OTEL_EXPORTER_OTLP_PROTOCOL");
    env.put("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
    assertEquals(false, target().grpc(), "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL before OTEL_EXPORTER_OTLP_PROTOCOL");
    props.setProperty("otel.exporter.otlp.traces.protocol", "grpc");
    assertEquals(true, target().grpc(), "a system property before the environment");
    env.put("OBS_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
    assertEquals(false, target().grpc(), "obs.* before otel.*");
    assertEquals(List.of(), report);
  }

  @Test
  void anUnknownProtocolIsReportedOnceAndHttpProtobufUsed() {
    props.setProperty("obs.exporter.otlp.protocol", "http/json");
    assertEquals("http://localhost:4318/v1/traces", target().url());
    assertEquals(List.of("obs-agent: invalid value for obs.exporter.otlp.protocol (system property): \"http/json\"; "
        + "allowed: one of http/protobuf, grpc; using the default http/protobuf"), report);
  }

  @Test
  void headersAreKeyValuePairsInTheirOrder() {
    assertEquals(Map.of(), TracingSetup.headers(null));
    assertEquals(List.of("api-key", "x-tenant"), new ArrayList<>(TracingSetup.headers("api-key = s3cr=t ,x-tenant=acme").keySet()));
    assertEquals("s3cr=t", TracingSetup.headers("api-key = s3cr=t ,x-tenant=acme").get("api-key"));
  }
}
