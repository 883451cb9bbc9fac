import { asArray, asId, asString, isRecord, type JsonRecord } from '../lib/decode';
import type { ValidationProblem } from './errors';

/**
 * Extracts the validation problems from a 400/422 body of either upstream. Shapes, first match wins:
 * - Kommo problem+json with `validation-errors[].errors[]` → one per inner error;
 * - WoofedCRM `{"errors": [..strings]}`, `{"errors": "..."}` (+ `details`), `{"error": "..."}`,
 *   `{"message": "A, B", "attributes": [...]}` → one per string / one;
 * - Kommo problem without `validation-errors` → its `detail`;
 * - WoofedCRM contact-upsert `{"phone": ["must be in e164 format"]}` → one per message, path = key.
 * Anything else (HTML, empty, unknown JSON) yields `[{ detail: fallback }]`, so the list is never empty.
 */
export function parseProblems(body: unknown, fallback: string): ValidationProblem[] {
  const problems = isRecord(body) ? fromRecord(body) : [];
  return problems.length > 0 ? problems : [{ detail: fallback }];
}

function fromRecord(body: JsonRecord): ValidationProblem[] {
  const kommo = (asArray(body['validation-errors']) ?? []).flatMap(fromKommoRequest);
  if (kommo.length > 0) return kommo;

  const errors = body['errors'];
  const list = strings(asArray(errors) ?? []);
  if (list.length > 0) return list.map((detail) => ({ detail }));
  const single = asString(errors);
  if (single !== undefined) {
    const details = asString(body['details']);
    return [{ detail: details ? `${single}: ${details}` : single }];
  }

  const message = asString(body['error']) ?? asString(body['message']) ?? asString(body['detail']);
  if (message !== undefined) return [{ detail: message }];

  return Object.entries(body).flatMap(([key, value]) =>
    strings(asArray(value) ?? []).map((detail) => ({ path: key, detail })),
  );
}

function fromKommoRequest(entry: unknown): ValidationProblem[] {
  if (!isRecord(entry)) return [];
  const requestId = asId(entry['request_id']);
  return (asArray(entry['errors']) ?? []).filter(isRecord).map((error) => {
    const code = asString(error['code']);
    const path = asString(error['path']);
    const problem: ValidationProblem = { detail: asString(error['detail']) ?? code ?? 'invalid value' };
    if (requestId !== undefined) problem.requestId = requestId;
    if (path !== undefined) problem.path = path;
    if (code !== undefined) problem.code = code;
    return problem;
  });
}

function strings(values: unknown[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && v !== '');
}
