import { monitorEventLoopDelay } from 'node:perf_hooks';

// Loaded into the app's process with --import: records the event loop's delay and, on SIGUSR2,
// writes what it saw since the last signal to stderr as one line, then starts again.
//
// On a shared machine a process also waits for a CPU, which the histogram counts as delay too.
// `own` bounds the part the process caused itself: for each 10 ms tick, the lateness but no more
// than the CPU time the process used meanwhile.

const TICK_MS = 10;
const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
let own = 0;
let last = performance.now();
let cpu = process.cpuUsage();
setInterval(() => {
  const now = performance.now();
  const used = process.cpuUsage(cpu);
  own = Math.max(own, Math.min(now - last - TICK_MS, (used.user + used.system) / 1000));
  last = now;
  cpu = process.cpuUsage();
}, TICK_MS).unref();

process.on('SIGUSR2', () => {
  const ms = (ns: number) => ns / 1e6;
  process.stderr.write(
    `loop-delay ${JSON.stringify({ max: ms(histogram.max), p99: ms(histogram.percentile(99)), own })}\n`,
  );
  histogram.reset();
  own = 0;
});
