import { readFileSync } from 'node:fs'

/** Kernel clock ticks per second of /proc's CPU times (`getconf CLK_TCK`; 100 on Linux for decades). */
const ticksPerSecond = 100

/**
 * CPU time a process has used so far (user + system), in seconds, from `/proc/<pid>/stat` (Linux only; see
 * proc(5), fields 14 and 15). NaN where /proc is missing or the process is gone.
 */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return NaN
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last `)`.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
  } catch {
    return NaN
  }
}
