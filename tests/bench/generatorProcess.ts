/** The orchestrator's handle on a load generator child (see loadGenerator.ts). */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_SETTINGS_ENV, type GeneratorMessage, type GeneratorSettings } from './generatorProtocol.ts';
import { track } from './processes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type MessageOf<T extends GeneratorMessage['type']> = Extract<GeneratorMessage, { type: T }>;

export class GeneratorProcess {
  private readonly child: ChildProcess;
  private readonly queue: GeneratorMessage[] = [];
  private waiter: (() => void) | null = null;
  private exitCode: number | string | null = null;
  private stderr = '';

  constructor(settings: GeneratorSettings) {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/loadGenerator.ts'], {
      cwd: ROOT,
      env: { ...process.env, [GENERATOR_SETTINGS_ENV]: JSON.stringify(settings) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    track(this.child);
    let buffered = '';
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.startsWith('{')) this.queue.push(JSON.parse(line) as GeneratorMessage);
      }
      this.waiter?.();
    });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)));
    this.child.stdin!.on('error', () => {}); // the child may already be gone when we write
    this.child.once('exit', (code, signal) => {
      this.exitCode = code ?? signal;
      this.waiter?.();
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  go(): void {
    this.child.stdin!.write('go\n');
  }

  /** The next message, which must be of type `type`; an error message or an exit rejects. */
  async next<T extends GeneratorMessage['type']>(type: T, timeoutMs: number): Promise<MessageOf<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = this.queue.shift();
      if (message) {
        if (message.type === type) return message as MessageOf<T>;
        if (message.type === 'error') throw new Error(`load generator: ${message.message}`);
        throw new Error(`load generator said ${message.type}, expected ${type}`);
      }
      if (this.exitCode !== null) throw new Error(`load generator exited (${this.exitCode}):\n${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`load generator sent no "${type}" within ${timeoutMs} ms:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = null;
    }
  }

  /** Lets the generator close its clients and exit; kills it if it takes more than a few seconds. */
  async finish(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin!.write('exit\n');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}
