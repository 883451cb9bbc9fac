import { parseKeyPairsIntoRecord } from '@opentelemetry/core';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type BufferConfig,
  type Sampler,
} from '@opentelemetry/sdk-trace-base';
import { ConfigError, type OtelConfig } from '../config';
import { integer, oneOf, optionalUrl, present, type Env } from '../config/values';

/** What the trace exporter needs, read from the standard `OTEL_*` variables `loadConfig` collected. */
export interface TraceExportSettings {
  url: string;
  protocol: 'http/protobuf' | 'http/json';
  /** Sent to the collector (often an API key): never logged. */
  headers: Record<string, string>;
  timeoutMillis: number | undefined;
  compression: CompressionAlgorithm;
  resource: Record<string, string>;
  sampler: Sampler;
  batch: BufferConfig;
}

/**
 * The OpenTelemetry SDK would read these variables from `process.env` itself; they are parsed here
 * from `config.otel.env` instead, so the environment is read in one place and a malformed value
 * stops the boot with one line naming it, like every other variable. Signal-specific variables
 * (`OTEL_EXPORTER_OTLP_TRACES_*`) win over the general ones, as the specification says.
 * `undefined` when export is switched off (`OTEL_SDK_DISABLED=true`, `OTEL_TRACES_EXPORTER=none`).
 */
export function traceExportSettings(otel: OtelConfig): TraceExportSettings | undefined {
  const env: Env = otel.env;
  if (oneOf(env, 'OTEL_SDK_DISABLED', ['true', 'false'], 'false') === 'true') return undefined;
  if (oneOf(env, 'OTEL_TRACES_EXPORTER', ['otlp', 'none'], 'otlp') === 'none') return undefined;
  const traces = (name: string): string =>
    present(env, `OTEL_EXPORTER_OTLP_TRACES_${name}`) === undefined
      ? `OTEL_EXPORTER_OTLP_${name}`
      : `OTEL_EXPORTER_OTLP_TRACES_${name}`;
  const protocolVariable = traces('PROTOCOL');
  const protocol = present(env, protocolVariable) ?? 'http/protobuf';
  if (protocol !== 'http/protobuf' && protocol !== 'http/json') {
    throw new ConfigError(protocolVariable, 'must be http/protobuf or http/json: Ponte exports traces over OTLP/HTTP');
  }
  const timeout = traces('TIMEOUT');
  return {
    url:
      optionalUrl(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http:', 'https:'], 'http://collector:4318/v1/traces') ??
      `${otel.endpoint}/v1/traces`,
    protocol,
    headers: {
      ...parseKeyPairsIntoRecord(present(env, 'OTEL_EXPORTER_OTLP_HEADERS')),
      ...parseKeyPairsIntoRecord(present(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS')),
    },
    timeoutMillis: present(env, timeout) === undefined ? undefined : integer(env, timeout, 10000, 1, 600000),
    compression:
      oneOf(env, traces('COMPRESSION'), ['gzip', 'none'], 'none') === 'gzip'
        ? CompressionAlgorithm.GZIP
        : CompressionAlgorithm.NONE,
    resource: resourceAttributes(env),
    sampler: sampler(env),
    batch: {
      scheduledDelayMillis: integer(env, 'OTEL_BSP_SCHEDULE_DELAY', 5000, 0, 600000),
      exportTimeoutMillis: integer(env, 'OTEL_BSP_EXPORT_TIMEOUT', 30000, 1, 600000),
      maxQueueSize: integer(env, 'OTEL_BSP_MAX_QUEUE_SIZE', 2048, 1, 1_000_000),
      maxExportBatchSize: integer(env, 'OTEL_BSP_MAX_EXPORT_BATCH_SIZE', 512, 1, 1_000_000),
    },
  };
}

/** `OTEL_RESOURCE_ATTRIBUTES` (`key=value,…`, percent-encoded) with `OTEL_SERVICE_NAME` on top. */
function resourceAttributes(env: Env): Record<string, string> {
  const attributes = parseKeyPairsIntoRecord(present(env, 'OTEL_RESOURCE_ATTRIBUTES'));
  attributes['service.name'] = present(env, 'OTEL_SERVICE_NAME') ?? attributes['service.name'] ?? 'ponte';
  return attributes;
}

const SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;

/** `OTEL_TRACES_SAMPLER` and `OTEL_TRACES_SAMPLER_ARG`; the default follows the caller's decision. */
function sampler(env: Env): Sampler {
  const name = oneOf(env, 'OTEL_TRACES_SAMPLER', SAMPLERS, 'parentbased_always_on');
  const ratio = (): Sampler => new TraceIdRatioBasedSampler(samplerRatio(env));
  switch (name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio();
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio() });
  }
}

function samplerRatio(env: Env): number {
  const value = present(env, 'OTEL_TRACES_SAMPLER_ARG');
  if (value === undefined) return 1;
  const ratio = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isNaN(ratio)) throw new ConfigError('OTEL_TRACES_SAMPLER_ARG', 'must be a number from 0 to 1');
  return ratio;
}
