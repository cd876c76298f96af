// Main-thread work of the page measured in CPU time, from a Chromium trace: the machines
// that run the bench are shared (load 20+ on 2 cores), which stretches wall-clock long
// tasks many times over. A task's thread time (`tdur`) is what it cost the renderer itself.
import type { Browser, Page } from '@playwright/test'

export interface CpuFigures {
  /** Top-level tasks on the page's main thread whose CPU time exceeds 50 ms. */
  longTasks: number[]
  /** For each long task, what took most of it (e.g. the e2e host's binding delivering a result). */
  labels: string[]
  /** The longest task's CPU time, ms. */
  longest: number
  /** All main-thread CPU time in the phase, ms. */
  totalMs: number
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  cat?: string
  args?: { name?: string }
}

export async function startCpuTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] })
}

export async function stopCpuTrace(browser: Browser): Promise<CpuFigures> {
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }
  const mains = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  // The page's renderer is the main thread with the most work (others are idle frames).
  const byThread = new Map<string, TraceEvent[]>()
  const inner = traceEvents.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`) && e.cat?.includes('devtools.timeline') && e.tdur !== undefined)
  for (const e of traceEvents) {
    const key = `${e.pid}:${e.tid}`
    if (e.ph !== 'X' || !mains.has(key) || e.name !== 'ThreadControllerImpl::RunTask' || e.tdur === undefined) continue
    if (!byThread.has(key)) byThread.set(key, [])
    byThread.get(key)!.push(e)
  }
  let tasks: TraceEvent[] = []
  let most = -1
  for (const list of byThread.values()) {
    const sum = list.reduce((s, e) => s + (e.tdur ?? 0), 0)
    if (sum > most) [most, tasks] = [sum, list]
  }
  // Only outermost tasks: a nested run loop reports tasks inside tasks.
  tasks.sort((a, b) => a.ts - b.ts)
  const outer: TraceEvent[] = []
  for (const t of tasks) {
    const last = outer[outer.length - 1]
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue
    outer.push(t)
  }
  const cpu = outer.map((t) => (t.tdur ?? 0) / 1000)
  const long = outer.filter((t) => (t.tdur ?? 0) > 50_000)
  const labels = long.map((t) => {
    // Script, style, layout and paint inside the task; what is left is the host or the browser.
    const parts = new Map<string, number>()
    for (const e of inner) {
      if (e.pid !== t.pid || e.tid !== t.tid || e.ts < t.ts || e.ts >= t.ts + (t.dur ?? 0)) continue
      parts.set(e.name, (parts.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000)
    }
    const known = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 3).filter(([, ms]) => ms >= 5)
    const rest = (t.tdur ?? 0) / 1000 - [...parts.values()].reduce((a, b) => a + b, 0)
    return [...known.map(([n, ms]) => `${n} ${Math.round(ms)}`), rest >= 5 ? `other ${Math.round(Math.max(0, rest))}` : ''].filter(Boolean).join(', ')
  })
  return { longTasks: long.map((t) => Math.round((t.tdur ?? 0) / 1000)), labels, longest: Math.round(Math.max(0, ...cpu)), totalMs: Math.round(cpu.reduce((s, ms) => s + ms, 0)) }
}

/** The functions that took the most self time while `run` ran (a sampled CPU profile). */
export async function profileTop(page: Page, run: () => Promise<unknown>, top = 15): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
  await run()
  const { profile } = await cdp.send('Profiler.stop')
  const self = new Map<string, number>()
  const dt = new Map<number, number>()
  profile.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)))
  for (const node of profile.nodes) {
    const f = node.callFrame
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0))
  }
  await cdp.detach()
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, us]) => `${String(Math.round(us / 1000)).padStart(6)} ms  ${k}`)
}
