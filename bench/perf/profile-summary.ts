import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * `node dist/bench/perf/profile-summary.js <file.cpuprofile> [top]`: the functions with the most
 * self time in a V8 CPU profile (`--cpu-prof`, e.g. through PERF_CHILD_EXEC_ARGV of perf.bench),
 * grouped by function, file and line, as a table of ms and share of the busy (non-idle) samples.
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

export function selfTimes(profile: CpuProfile): { total: number; rows: [string, number][] } {
  const byNode = new Map(profile.nodes.map((node) => [node.id, label(node)]));
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
  const { total, rows } = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const lines = [`${file}: ${(total / 1000).toFixed(0)} ms busy (idle left out)`, '    self ms  share  function'];
  for (const [name, us] of rows.slice(0, Number(top))) {
    lines.push(`${(us / 1000).toFixed(1).padStart(11)}  ${((100 * us) / total).toFixed(1).padStart(4)}%  ${name}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main();
