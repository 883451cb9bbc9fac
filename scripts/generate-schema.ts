import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildPonteSchema } from '../src/schema/build-schema';
import { printSubgraphSdl } from '../src/schema/federation/subgraph-schema';

/**
 * Writes schema/schema.graphql: the subgraph SDL that `_service { sdl }` serves and Apollo Router
 * composes, with Ponte's types sorted so that diffs show real changes only.
 */
async function main(): Promise<void> {
  const schema = await buildPonteSchema();
  const root = join(__dirname, '..', '..');
  mkdirSync(join(root, 'schema'), { recursive: true });
  writeFileSync(join(root, 'schema', 'schema.graphql'), printSubgraphSdl(schema) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`generate-schema failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
