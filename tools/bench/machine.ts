import os from "node:os";

export { median } from "./src/stats.ts";

/** The machine a benchmark ran on, recorded beside its figures. */
export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    /** 1-minute load average when the run started: other work on the cores makes figures indicative. */
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

export type Machine = ReturnType<typeof describeMachine>;
