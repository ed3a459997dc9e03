/**
 * CPU profiles of one phase of the benchmark (start-up, the cold queries), taken with the
 * V8 sampling profiler that `node --cpu-prof` uses, and summarised into the functions that
 * took the most time. The .cpuprofile files are kept for Chrome DevTools.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  self: { name: string; ms: number; share: number }[];
  inclusive: { name: string; ms: number; share: number }[];
}

/** Runs `run`, profiled when `profileDir` is set (else just runs it). */
export async function profiled<T>(
  profileDir: string | undefined,
  name: string,
  run: () => T | Promise<T>,
) {
  if (!profileDir) return { result: await run(), profile: undefined };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  const result = await run();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const file = path.join(profileDir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return { result, profile: summariseProfile(profile as unknown as CpuProfile, file) };
}

function frameName(frame: ProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  const fn = name.length > 80 ? `${name.slice(0, 77)}…` : name;
  if (!frame.url) return fn;
  const url = frame.url.replace(/^file:\/\//, '');
  const where = url.startsWith(projectRoot) ? path.relative(projectRoot, url) : url;
  // tsx compiles TypeScript on the fly, so line numbers only mean something for .js files.
  const line = /\.[cm]?js$/.test(url) ? `:${frame.lineNumber + 1}` : '';
  return `${fn} (${where.replace(/^.*node_modules\//, '')}${line})`;
}

function summariseProfile(profile: CpuProfile, file: string): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      // Stopping the profiler itself (serialising the profile) is not part of the phase.
      if (frame?.url === 'node:inspector') return;
      if (frame && frame.url.includes('/src/')) onStack.add(frameName(frame));
    }
    total += dt;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + dt);
    for (const n of onStack) inclusive.set(n, (inclusive.get(n) ?? 0) + dt);
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({ name, ms, share: ms / total }));
  return { file, totalMs: total, self: top(self, 15), inclusive: top(inclusive, 12) };
}
