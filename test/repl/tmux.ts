/**
 * A real terminal for REPL tests: a private tmux server (its own socket, so tests never
 * touch a user's tmux), one detached 120x40 session per test, keys sent as a person types
 * them, the screen read back with capture-pane. Waits poll the screen with a deadline
 * instead of sleeping.
 *
 * The program runs under `sh -c '...; echo "[exit N]"; sleep'` so its exit code stays on
 * the screen after it ends.
 */

import { execFileSync } from 'node:child_process';
import { threadId } from 'node:worker_threads';

// Test files may run in threads of one process: each gets its own server, so one file's
// killServer() cannot end another's terminals.
export const SOCKET = `memsnake-test-${process.pid}-${threadId}`;

export function tmuxAvailable(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function shellQuote(text: string): string {
  return "'" + text.replace(/'/g, "'\\''") + "'";
}

let counter = 0;

export class Terminal {
  readonly name = `t${process.pid}-${++counter}`;

  /** Starts `command` (argv) in a fresh terminal with `env` added to the environment (null: unset). */
  constructor(command: string[], env: Record<string, string | null> = {}, cwd = process.cwd()) {
    // No test may write the user's ~/.memsnake_history: history is off unless a test points it somewhere.
    const exports = Object.entries({ MEMSNAKE_HISTORY: '', ...env })
      .map(([key, value]) => (value === null ? `unset ${key}; ` : `export ${key}=${shellQuote(value)}; `))
      .join('');
    const script = `${exports}cd ${shellQuote(cwd)}; ${command.map(shellQuote).join(' ')}; echo "[exit $?]"; sleep 600`;
    const args = ['new-session', '-d', '-s', this.name, '-x', '120', '-y', '40', 'sh', '-c', script];
    try {
      tmux(...args);
    } catch {
      // The previous test's kill-session may have ended the server (its last session) just
      // as this one connects ("server exited unexpectedly"): wait for it to go, once.
      execFileSync('sleep', ['0.3']);
      tmux(...args);
    }
  }

  /** Types text literally (no key names), without Enter. */
  type(text: string): void {
    tmux('send-keys', '-t', this.name, '-l', text);
  }

  /** Types a line and presses Enter. */
  line(text: string): void {
    if (text.length > 0) this.type(text);
    this.key('Enter');
  }

  /** Sends tmux key names: 'Enter', 'C-c', 'C-d'. */
  key(...keys: string[]): void {
    tmux('send-keys', '-t', this.name, ...keys);
  }

  /** The visible screen, trailing blank lines dropped. */
  screen(): string {
    return tmux('capture-pane', '-p', '-t', this.name).replace(/\n+$/, '');
  }

  /** The visible screen with its colours (SGR escape sequences, capture-pane -e). */
  styledScreen(): string {
    return tmux('capture-pane', '-p', '-e', '-t', this.name).replace(/\n+$/, '');
  }

  /** Polls the screen until `test` holds; throws with the screen when the deadline passes. */
  async waitFor(test: RegExp | ((screen: string) => boolean), timeoutMs = 15_000): Promise<string> {
    const check = typeof test === 'function' ? test : (screen: string) => test.test(screen);
    const deadline = Date.now() + timeoutMs;
    for (let delay = 10; ; delay = Math.min(delay * 2, 100)) {
      const screen = this.screen();
      if (check(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(test)}; screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  /**
   * Waits until the screen shows at least `count` primary prompts and ends with an empty
   * one (capture-pane drops trailing spaces, so an empty prompt reads `>>>`).
   */
  waitForPrompts(count: number, timeoutMs?: number): Promise<string> {
    return this.waitFor((screen) => (screen.match(/^>>>( |$)/gm) ?? []).length >= count && lastLine(screen) === '>>>', timeoutMs);
  }

  /** Waits for the program to end and returns its exit code. */
  async exitCode(timeoutMs?: number): Promise<number> {
    const screen = await this.waitFor(/\[exit \d+\]/, timeoutMs);
    return Number(/\[exit (\d+)\]/.exec(screen)![1]);
  }

  kill(): void {
    try {
      tmux('kill-session', '-t', this.name);
    } catch {
      // Already gone.
    }
  }
}

export function lastLine(screen: string): string {
  return screen.slice(screen.lastIndexOf('\n') + 1).trimEnd();
}

/** Stops the private tmux server (after all tests of a file). */
export function killServer(): void {
  try {
    tmux('kill-server');
  } catch {
    // No server was started.
  }
}
