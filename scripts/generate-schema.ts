import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildPonteSchema } from '../src/schema/build-schema';

/** Writes schema/schema.graphql, sorted so that diffs show real changes only. */
async function main(): Promise<void> {
  const schema = await buildPonteSchema();
  const root = join(__dirname, '..', '..');
  mkdirSync(join(root, 'schema'), { recursive: true });
  writeFileSync(join(root, 'schema', 'schema.graphql'), printSchema(lexicographicSortSchema(schema)) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`generate-schema failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
