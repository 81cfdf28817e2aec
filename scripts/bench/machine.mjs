// What the machine did over a measured run, beside the server: how busy each core was, how long
// the hypervisor kept each from running (steal), and TCP's retransmissions on loopback. A server
// whose core sat idle while wrk's latency grew was not the cause of that tail; a core's steal or a
// retransmission (at least 200 ms each on Linux) can be.
import { existsSync, readFileSync } from 'node:fs';

// /proc/stat counts in USER_HZ, 100 a second on Linux.
const TICK_MS = 10;
const available = existsSync('/proc/stat') && existsSync('/proc/net/snmp');

/** `cpuN user nice system idle iowait irq softirq steal …` per core. */
function coreTimes() {
  const cores = {};
  for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
    const match = /^cpu(\d+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const [user, nice, system, idle, iowait, irq, softirq, steal] = match[2]
      .split(/\s+/)
      .map(Number);
    cores[match[1]] = { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
  }
  return cores;
}

/** One counter from a `/proc/net` table: a header line of names and a line of values. */
function netCounter(file, table, name) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(`${table}:`));
  const names = lines[0]?.split(/\s+/) ?? [];
  const values = lines[1]?.split(/\s+/) ?? [];
  const index = names.indexOf(name);
  return index < 0 ? 0 : Number(values[index]);
}

/** A share of a core's time, as the report and the console print it. */
export const percent = (share) => `${Math.round(share * 100)} %`;

/** The counters now; `undefined` where the machine has no /proc. */
export function machineSnapshot() {
  if (!available) return undefined;
  return {
    cores: coreTimes(),
    retransmits: netCounter('/proc/net/snmp', 'Tcp', 'RetransSegs'),
    timeouts: existsSync('/proc/net/netstat')
      ? netCounter('/proc/net/netstat', 'TcpExt', 'TCPTimeouts')
      : 0,
  };
}

/**
 * Between two snapshots, for the given cores (the server's, then wrk's): each core's busy share
 * of its time, its steal in ms, and the TCP segments retransmitted and the timeouts behind them.
 */
export function machineBetween(before, after, cores) {
  if (!before || !after) return undefined;
  const delta = (core, key) => after.cores[core][key] - before.cores[core][key];
  return {
    busy: cores.map((core) => {
      const total = delta(core, 'busy') + delta(core, 'idle') + delta(core, 'steal');
      return total > 0 ? delta(core, 'busy') / total : 0;
    }),
    steal_ms: cores.map((core) => delta(core, 'steal') * TICK_MS),
    tcp_retransmits: after.retransmits - before.retransmits,
    tcp_timeouts: after.timeouts - before.timeouts,
  };
}
