import { spawn, type ChildProcess } from 'node:child_process'

/**
 * Runs `command` to completion with inherited or captured output.
 * @throws an Error naming the command and its exit code (with the last output lines when captured)
 */
export async function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean },
): Promise<void> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  })
  let tail = ''
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', resolve)
  })
  if (code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${code}${tail ? `:\n${tail}` : ''}`)
  }
}

/** Sends SIGTERM and waits for the exit, then SIGKILL after `graceMs` milliseconds. */
export async function terminate(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/**
 * Polls `url` until it answers `expectedStatus` (200 unless told).
 * @param timeoutMs give up after this many milliseconds
 * @throws when the deadline passes, with the last status or error
 */
export async function waitForOk(
  url: string,
  timeoutMs: number,
  child?: ChildProcess,
  expectedStatus = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`The process serving ${url} exited (${child.exitCode})`)
    try {
      const response = await fetch(url)
      if (response.status === expectedStatus) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer ${expectedStatus} within ${timeoutMs} ms (last: ${last})`)
}
