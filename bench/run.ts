import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { apiValues } from './api-values.js';
import { durability } from './durability.js';
import { fanout } from './fanout.js';
import { hostile } from './hostile.js';
import { type Measurement, ROOT, type Row } from './lib.js';
import { memory } from './memory.js';
import { requestPath } from './request-path.js';
import { scale } from './scale.js';
import { startup } from './startup.js';

// `npm run bench`: every measurement in turn, one table on stdout, the same table with the machine
// it ran on written into BENCHMARKS.md between the markers (the text around them is kept).
// BENCH_ONLY=name,name runs a subset (names as below).

const MEASUREMENTS: Measurement[] = [
  requestPath,
  apiValues,
  fanout,
  scale,
  memory,
  startup,
  durability,
  hostile,
];

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function machine(): string {
  const cpu = cpus();
  const gb = (totalmem() / 1024 ** 3).toFixed(1);
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${gb} GB memory, Node ${process.version}, ${process.platform}`;
}

/** The 1-minute load average: other work on a shared machine moves every number here. */
function load(): string {
  return loadavg()[0]!.toFixed(1);
}

const escapeCell = (s: string) => s.replaceAll('|', '\\|');

function table(rows: Row[]): string {
  const lines = ['| Measure | Result | Target | Met | Notes |', '|---|---|---|---|---|'];
  for (const r of rows) {
    const met = r.met === undefined ? '' : r.met ? 'yes' : '**no**';
    lines.push(`| ${[r.measure, r.value, r.target ?? '', met, r.note ?? ''].map(escapeCell).join(' | ')} |`);
  }
  return lines.join('\n');
}

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const started = Date.now();
const loadBefore = load();
console.error('building dist/ (the memory and start-up rows run the built app)…');
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });

const rows: Row[] = [];
for (const m of MEASUREMENTS) {
  if (only && !only.includes(m.name)) continue;
  console.error(`measuring ${m.name}…`);
  rows.push(...(await m.run()));
}
const took = ((Date.now() - started) / 1000).toFixed(0);
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const section = [
  START,
  `Run on ${date}: ${machine()}. \`npm run bench\` took ${took} s; load average ${loadBefore} at the start, ${load()} at the end.`,
  '',
  table(rows),
  END,
].join('\n');
console.log(`\n${section}\n`);

const path = join(ROOT, 'BENCHMARKS.md');
const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
const from = current.indexOf(START);
const to = current.indexOf(END);
const next =
  from >= 0 && to > from
    ? `${current.slice(0, from)}${section}${current.slice(to + END.length)}`
    : `${current.trimEnd()}\n\n${section}\n`;
writeFileSync(path, next);
console.error(`written to ${path}`);
