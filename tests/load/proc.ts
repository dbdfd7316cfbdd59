import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Process figures read from /proc: CPU time and resident memory of a server process. */

let clockTicks: number | null = null;

function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** The fields of /proc/<pid>/stat from the third (state) on (null once the process has gone). */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** User plus system CPU seconds the process has used so far (null once it has gone). */
export function cpuSeconds(pid: number): number | null {
  const fields = statFields(pid);
  if (!fields) return null;
  // Fields 14 and 15 of stat (utime, stime) are at 11 and 12 counted from field 3.
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
}

/** Resident set size in bytes (null once the process has gone). */
export function rssBytes(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS on an interval and keeps the peak. */
export class RssSampler {
  peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs = 250,
  ) {
    this.sample();
    // A measurement is never a reason to keep running: a run that failed before stop() still exits.
    this.timer = setInterval(() => this.sample(), intervalMs).unref();
  }

  private sample(): void {
    const rss = rssBytes(this.pid);
    if (rss !== null && rss > this.peak) this.peak = rss;
  }

  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

/** CPU use of a process over a window, as a percentage of one core. */
export class CpuWindow {
  private readonly startCpu: number | null;
  private readonly startWall = performance.now();

  constructor(private readonly pid: number) {
    this.startCpu = cpuSeconds(pid);
  }

  percent(): number | null {
    const endCpu = cpuSeconds(this.pid);
    if (endCpu === null || this.startCpu === null) return null;
    const wallSeconds = (performance.now() - this.startWall) / 1000;
    return wallSeconds > 0 ? ((endCpu - this.startCpu) / wallSeconds) * 100 : null;
  }

  seconds(): number | null {
    const endCpu = cpuSeconds(this.pid);
    return endCpu === null || this.startCpu === null ? null : endCpu - this.startCpu;
  }
}

/** Apparent size of every file under a directory, in bytes. */
export function directoryBytes(dir: string): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry);
    const info = statSync(full, { throwIfNoEntry: false });
    if (!info) continue;
    total += info.isDirectory() ? directoryBytes(full) : info.size;
  }
  return total;
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  kernel: string;
  loadAverage: string;
}

export function machineInfo(): MachineInfo {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) cpuModel = match[1].trim();
  } catch {
    // not Linux: keep what os.cpus() says
  }
  return {
    cpuModel,
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    kernel: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((n) => n.toFixed(2)).join(' '),
  };
}

/** Busy and total CPU seconds of the whole machine, from /proc/stat. */
function machineCpu(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...fields] = line.trim().split(/\s+/);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields.map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    return { busy: busy / ticksPerSecond(), total: (busy + idle + iowait) / ticksPerSecond() };
  } catch {
    return null;
  }
}

/**
 * CPU the rest of the machine used during a window: everything busy minus the listed processes
 * and this one. On a shared machine this says how much other work competed with the benchmark.
 */
export class ForeignCpuWindow {
  private readonly start = machineCpu();
  private readonly own: Map<number, number>;
  private readonly self = process.cpuUsage();
  private readonly startWall = performance.now();

  constructor(private readonly pids: number[]) {
    this.own = new Map(pids.map((pid) => [pid, cpuSeconds(pid) ?? 0]));
  }

  /** Other processes' CPU as a percentage of one core (null where /proc is not there). */
  percent(): number | null {
    const end = machineCpu();
    if (!end || !this.start) return null;
    let ours = 0;
    for (const pid of this.pids) ours += (cpuSeconds(pid) ?? this.own.get(pid) ?? 0) - (this.own.get(pid) ?? 0);
    const self = process.cpuUsage(this.self);
    ours += (self.user + self.system) / 1e6;
    const wall = (performance.now() - this.startWall) / 1000;
    const foreign = end.busy - this.start.busy - ours;
    return wall > 0 ? Math.max(0, (foreign / wall) * 100) : null;
  }
}

/**
 * CPU seconds used so far by Chromium's processes under this one (the browser Playwright started
 * and its children), summed by kind: `browser`, `gpu-process`, `renderer`, `utility` (the audio
 * and network services)… What a page costs is not only its renderer: the compositor draws each
 * frame in the GPU process, and sound plays in a utility process.
 */
export function chromiumCpuByKind(): Map<string, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // Field 4 of stat, the parent's pid, is at 1 counted from field 3.
    const fields = statFields(Number(entry));
    if (fields) parents.set(Number(entry), Number(fields[1]));
  }
  const ours = new Set([process.pid]);
  // Parents come before children in pid order only by chance: repeat until nothing joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!ours.has(pid) && ours.has(parent)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  const byKind = new Map<string, number>();
  for (const pid of ours) {
    let command: string;
    try {
      // Processes the zygote forks rewrite their title: one line of arguments joined by spaces.
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue;
    }
    if (!path.basename(command.split(' ')[0] ?? '').startsWith('chromium')) continue;
    const kind = /--type=(\S+)/.exec(command)?.[1] ?? 'browser';
    byKind.set(kind, (byKind.get(kind) ?? 0) + (cpuSeconds(pid) ?? 0));
  }
  return byKind;
}
