import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-base';
import { ConfigError, loadConfig } from '../../../src/config';
import { traceExportSettings } from '../../../src/observability/otel-settings';

/** The settings for `env` as loadConfig hands them over (demo mode, so no other variable is needed). */
function settingsFor(env: Record<string, string>) {
  const { otel } = loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', ...env });
  if (otel === undefined) throw new Error('expected OTEL_EXPORTER_OTLP_ENDPOINT to switch export on');
  return traceExportSettings(otel);
}

function refusal(env: Record<string, string>): unknown {
  try {
    settingsFor(env);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('trace export settings from the standard OTEL_* variables', () => {
  it('defaults: OTLP/HTTP protobuf to <endpoint>/v1/traces, service "ponte", following the caller’s sampling', () => {
    const settings = settingsFor({});

    expect(settings).toMatchObject({
      url: 'http://collector:4318/v1/traces',
      protocol: 'http/protobuf',
      headers: {},
      timeoutMillis: undefined,
      compression: 'none',
      resource: { 'service.name': 'ponte' },
      batch: { scheduledDelayMillis: 5000, exportTimeoutMillis: 30000, maxQueueSize: 2048, maxExportBatchSize: 512 },
    });
    expect(settings?.sampler).toBeInstanceOf(ParentBasedSampler);
    expect(settings?.sampler.toString()).toContain('root=AlwaysOnSampler');
  });

  it('lets the OTEL_EXPORTER_OTLP_TRACES_* variables win over the general ones', () => {
    const settings = settingsFor({
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example.com/otlp/v1/traces',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_HEADERS: 'api-key=general,x-team=crm',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'api-key=for%20traces',
      OTEL_EXPORTER_OTLP_TIMEOUT: '5000',
      OTEL_EXPORTER_OTLP_TRACES_TIMEOUT: '2500',
      OTEL_EXPORTER_OTLP_COMPRESSION: 'none',
      OTEL_EXPORTER_OTLP_TRACES_COMPRESSION: 'gzip',
    });

    expect(settings).toMatchObject({
      url: 'https://traces.example.com/otlp/v1/traces',
      protocol: 'http/json',
      headers: { 'api-key': 'for traces', 'x-team': 'crm' },
      timeoutMillis: 2500,
      compression: 'gzip',
    });
  });

  it('names the service and the resource from OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES', () => {
    expect(
      settingsFor({ OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-attrs,deployment.environment=prod%20eu' })?.resource,
    ).toEqual({ 'service.name': 'from-attrs', 'deployment.environment': 'prod eu' });
    expect(
      settingsFor({ OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-attrs', OTEL_SERVICE_NAME: 'ponte-eu' })?.resource,
    ).toEqual({
      'service.name': 'ponte-eu',
    });
  });

  it.each([
    ['always_on', undefined, AlwaysOnSampler, 'AlwaysOnSampler'],
    ['always_off', undefined, AlwaysOffSampler, 'AlwaysOffSampler'],
    ['traceidratio', '0.25', TraceIdRatioBasedSampler, 'TraceIdRatioBased{0.25}'],
    ['parentbased_always_off', undefined, ParentBasedSampler, 'root=AlwaysOffSampler'],
    ['parentbased_traceidratio', '.5', ParentBasedSampler, 'root=TraceIdRatioBased{0.5}'],
    ['parentbased_traceidratio', undefined, ParentBasedSampler, 'root=TraceIdRatioBased{1}'],
  ])('OTEL_TRACES_SAMPLER=%s (arg %s)', (name, arg, type, described) => {
    const sampler = settingsFor({
      OTEL_TRACES_SAMPLER: name,
      ...(arg === undefined ? {} : { OTEL_TRACES_SAMPLER_ARG: arg }),
    })?.sampler;

    expect(sampler).toBeInstanceOf(type);
    expect(sampler?.toString()).toContain(described);
  });

  it('takes the batch processor’s OTEL_BSP_* variables', () => {
    expect(
      settingsFor({
        OTEL_BSP_SCHEDULE_DELAY: '100',
        OTEL_BSP_EXPORT_TIMEOUT: '2000',
        OTEL_BSP_MAX_QUEUE_SIZE: '4096',
        OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '256',
      })?.batch,
    ).toEqual({ scheduledDelayMillis: 100, exportTimeoutMillis: 2000, maxQueueSize: 4096, maxExportBatchSize: 256 });
  });

  it('is off with OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none', () => {
    expect(settingsFor({ OTEL_SDK_DISABLED: 'true' })).toBeUndefined();
    expect(settingsFor({ OTEL_TRACES_EXPORTER: 'none' })).toBeUndefined();
    expect(settingsFor({ OTEL_SDK_DISABLED: 'false', OTEL_TRACES_EXPORTER: 'otlp' })).toBeDefined();
  });

  it('needs OTEL_EXPORTER_OTLP_ENDPOINT to export at all', () => {
    expect(loadConfig({ OTEL_SERVICE_NAME: 'ponte', OTEL_TRACES_SAMPLER: 'always_on' }).otel).toBeUndefined();
  });

  it.each([
    [{ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }, 'OTEL_EXPORTER_OTLP_PROTOCOL', /OTLP\/HTTP/],
    [
      { OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/xml' },
      'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
      /http\/protobuf or http\/json/,
    ],
    [
      { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'collector:4318' },
      'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
      /must use http or https/,
    ],
    [{ OTEL_EXPORTER_OTLP_TIMEOUT: '10s' }, 'OTEL_EXPORTER_OTLP_TIMEOUT', /whole number/],
    [{ OTEL_EXPORTER_OTLP_COMPRESSION: 'brotli' }, 'OTEL_EXPORTER_OTLP_COMPRESSION', /gzip, none/],
    [{ OTEL_TRACES_SAMPLER: 'sometimes' }, 'OTEL_TRACES_SAMPLER', /always_on/],
    [{ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '1.5' }, 'OTEL_TRACES_SAMPLER_ARG', /0 to 1/],
    [{ OTEL_TRACES_EXPORTER: 'jaeger' }, 'OTEL_TRACES_EXPORTER', /otlp, none/],
    [{ OTEL_BSP_MAX_QUEUE_SIZE: '-1' }, 'OTEL_BSP_MAX_QUEUE_SIZE', /whole number/],
    [{ OTEL_SDK_DISABLED: 'yes' }, 'OTEL_SDK_DISABLED', /true, false/],
  ])('refuses %j with one line naming the variable', (env, variable, problem) => {
    const error = refusal(env);

    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ variable, message: expect.stringMatching(problem) });
  });
});
