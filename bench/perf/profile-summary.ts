import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * `node dist/bench/perf/profile-summary.js <file.cpuprofile> [top]`: the functions with the most
 * self time in a V8 CPU profile (`--cpu-prof`, e.g. through PERF_CHILD_EXEC_ARGV of perf.bench),
 * grouped by function, file and line, then by package (or Ponte's own file), as tables of ms and
 * share of the busy (non-idle) samples. Profiles of two children of one run compare by package.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName === '' ? '(anonymous)' : functionName;
  if (url === '') return name;
  const path = url.startsWith('file://') ? relative(process.cwd(), new URL(url).pathname) : url;
  return `${name} ${path.replace(/^.*node_modules\//, '~/')}:${lineNumber + 1}`;
}

/** `graphql`, `@apollo/server`, `ponte:upstream/body.js`, `node:internal`, or the function's name for natives. */
function packageOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (url === '') return functionName === '' ? '(anonymous)' : functionName;
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (dependency?.[1] !== undefined) return dependency[1];
  if (url.startsWith('node:')) return url.startsWith('node:internal') ? 'node:internal' : (url.split('/')[0] ?? url);
  const own = /\/dist\/(?:src|bench)\/(.*)$/.exec(url);
  return own?.[1] === undefined ? url : `ponte:${own[1]}`;
}

export function selfTimes(
  profile: CpuProfile,
  key: (node: ProfileNode) => string = label,
): { total: number; rows: [string, number][] } {
  const byNode = new Map(profile.nodes.map((node) => [node.id, key(node)]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const key = byNode.get(id) ?? '?';
    // Idle time is the process waiting (for upstream answers, for clients): not a cost.
    if (key === '(idle)') return;
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  });
  return { total, rows: [...self].sort((a, b) => b[1] - a[1]) };
}

function main(): void {
  const [file, top = '25'] = process.argv.slice(2);
  if (file === undefined) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const { total, rows } = selfTimes(profile);
  const lines = [`${file}: ${(total / 1000).toFixed(0)} ms busy (idle left out)`, '    self ms  share  function'];
  const table = (entries: [string, number][]): string[] =>
    entries
      .slice(0, Number(top))
      .map(
        ([name, us]) =>
          `${(us / 1000).toFixed(1).padStart(11)}  ${((100 * us) / total).toFixed(1).padStart(4)}%  ${name}`,
      );
  lines.push(...table(rows), '', '    self ms  share  package', ...table(selfTimes(profile, packageOf).rows));
  process.stdout.write(lines.join('\n') + '\n');
}

main();
