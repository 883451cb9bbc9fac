import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../src/edge/persisted-operations';
import { isRecord } from '../src/lib/decode';

/**
 * Moves the client preset's `persisted-documents.json` (keys `sha256:<hex>`) to
 * schema/persisted-operations.json, the manifest `PERSISTED_OPERATIONS` serves, keyed by the bare
 * hex digest (CONTRACT §5.3). Every key is checked against its document.
 */
function main(): void {
  const root = join(__dirname, '..', '..');
  const generated = join(root, 'examples', '__generated__', 'persisted-documents.json');
  const documents: unknown = JSON.parse(readFileSync(generated, 'utf8'));
  if (!isRecord(documents)) throw new Error(`${generated} is not a JSON object`);
  const manifest: Record<string, string> = {};
  for (const [key, document] of Object.entries(documents)) {
    const hash = key.replace(/^sha256:/, '');
    if (typeof document !== 'string' || sha256Hex(document) !== hash)
      throw new Error(`${key} is not the sha256 of its document`);
    manifest[hash] = document;
  }
  writeFileSync(join(root, 'schema', 'persisted-operations.json'), JSON.stringify(manifest, null, 2) + '\n');
  rmSync(generated);
}

main();
