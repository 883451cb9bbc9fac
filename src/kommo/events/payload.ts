import { asArray, asRecord, type JsonRecord } from '../../lib/decode';

/**
 * Kommo's value_before/value_after are arrays of single-key objects ({"note": {...}}). These read
 * them tolerantly: a null array, a non-object element or a missing key yields nothing, never a throw.
 */
export function payloads(values: unknown, key: string): JsonRecord[] {
  const found: JsonRecord[] = [];
  for (const element of asArray(values) ?? []) {
    const payload = asRecord(asRecord(element)?.[key]);
    if (payload !== undefined) found.push(payload);
  }
  return found;
}

export function firstPayload(values: unknown, key: string): JsonRecord | undefined {
  return payloads(values, key)[0];
}
