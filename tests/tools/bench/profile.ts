/** A V8 CPU profile as Chromium's `Profiler.stop` returns it. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** `http://host/assets/SeriesChart-B5oCfdYk.js` → `SeriesChart` (the hash changes every build). */
function chunkOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const file = url.split('/').pop() ?? url;
  return file.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '') || url;
}

const ms = (us: number) => Math.round(us / 100) / 10;

/**
 * Self time by script (each lazily loaded chunk is one: recharts is in SeriesChart, the demo's mock
 * API in browser, React and MUI in index) and the busiest functions. `(program)` is the browser's
 * own work outside JavaScript: style, layout, paint.
 */
export function mainThreadTime(profile: CpuProfile, top = 15): string {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  // Each delta is the time up to its sample: counted for the node that sample caught.
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byChunk = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) continue;
    const chunk = chunkOf(frame.url, frame.functionName);
    byChunk.set(chunk, (byChunk.get(chunk) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${chunk}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const total = profile.endTime - profile.startTime;
  const busy = total - (byChunk.get('(idle)') ?? 0);
  const rows = (map: Map<string, number>, limit: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, us]) => `  ${String(ms(us)).padStart(7)} ms  ${name}`)
      .join('\n');
  return [
    `main thread: ${ms(total)} ms profiled, ${ms(busy)} ms busy`,
    'self time by script:',
    rows(byChunk, 20),
    `busiest functions (minified names; line:column in the chunk):`,
    rows(byFunction, top),
  ].join('\n');
}
