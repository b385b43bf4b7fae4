/** Starts `timegate serve` as a real child process and waits until it listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/timegate.js');

export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function startGatewayProcess(configFile: string, env: Record<string, string> = {}): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--config', configFile, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)\/graphql/.exec(out);
      if (match) {
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        // Keep draining the pipes, so a chatty child never blocks on a full buffer.
        child.stdout!.resume();
        child.stderr!.resume();
        resolve({
          url: match[1]!,
          child,
          stop: async () => {
            if (child.exitCode !== null) return;
            child.kill('SIGTERM');
            await new Promise((r) => child.once('exit', r));
          },
        });
      }
    };
    // The banner is a log line on stdout, or plain text on stderr when the log level hides it.
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}: ${out}`)));
  });
}
