/**
 * Graceful stop of the HTTP server: stop accepting at once, let every request in flight run
 * to its end (a client mid-request gets its whole answer), and cut what is still open only
 * when the grace period is over.
 */
import type { Server } from 'node:http';

export interface DrainResult {
  /** Connections still busy when the grace period ended, and so cut. */
  cut: number;
}

/**
 * `interrupt` ends the grace period early (a second Ctrl-C). Idle keep-alive connections are
 * closed as they become idle: Node does not close one whose request ends after `close()`.
 */
export async function drainServer(server: Server, graceMs: number, interrupt?: Promise<unknown>): Promise<DrainResult> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'cut'>((resolve) => {
    timer = setTimeout(() => resolve('cut'), graceMs);
  });
  const outcome = await Promise.race([closed.then(() => 'drained' as const), graceOver, ...(interrupt ? [interrupt.then(() => 'cut' as const)] : [])]);
  clearInterval(sweep);
  clearTimeout(timer);
  if (outcome === 'drained') return { cut: 0 };
  const cut = await new Promise<number>((resolve) => server.getConnections((_, count) => resolve(count ?? 0)));
  server.closeAllConnections();
  await closed;
  return { cut };
}
