/**
 * The REPL driven through a real terminal (tmux), as a person drives it. The same tests
 * run against python3 itself to validate the harness:
 *   MEMSNAKE_REPL_CMD=python3 npx vitest run test/repl/terminal.test.ts
 */

import { resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killServer, lastLine, Terminal, tmuxAvailable } from './tmux.js';

const root = resolve(import.meta.dirname, '../..');
const command = process.env.MEMSNAKE_REPL_CMD?.split(' ') ?? [process.execPath, resolve(root, 'bin/memsnake')];

describe('the REPL in a terminal', () => {
  let term: Terminal | null = null;

  it('has tmux to drive a terminal (CI installs it; see .ci/run)', () => {
    expect(tmuxAvailable()).toBe(true);
  });

  afterEach(() => term?.kill());
  afterAll(() => killServer());

  async function start(): Promise<Terminal> {
    term = new Terminal(command, { NO_COLOR: '1', PYTHONHASHSEED: '0', TERM: 'xterm' }, root);
    await term.waitForPrompts(1);
    return term;
  }

  /** Types `line` and waits for the prompt that follows its output. */
  async function enter(t: Terminal, line: string, prompts: number): Promise<string> {
    t.line(line);
    return t.waitForPrompts(prompts);
  }

  it('runs a multi-line block ended by a blank line', async () => {
    const t = await start();
    t.line('def f(x):');
    await t.waitFor((s) => lastLine(s) === '...');
    t.line('    return x*2');
    await t.waitFor((s) => (s.match(/^\.\.\./gm) ?? []).length >= 2);
    await enter(t, '', 2);
    const screen = await enter(t, 'f(21)', 3);
    expect(screen).toMatch(/^>>> f\(21\)\n42\n>>>$/m);
  });

  it('shows a traceback and goes on', async () => {
    const t = await start();
    let screen = await enter(t, '1/0', 2);
    expect(screen).toContain('Traceback (most recent call last):');
    expect(screen).toContain('ZeroDivisionError: division by zero');
    screen = await enter(t, '2+2', 3);
    expect(screen).toMatch(/^>>> 2\+2\n4\n>>>$/m);
  });

  it('keeps the last value in _', async () => {
    const t = await start();
    await enter(t, '6*7', 2);
    const screen = await enter(t, '_ + 1', 3);
    expect(screen).toMatch(/^>>> _ \+ 1\n43\n>>>$/m);
  });

  it('interrupts running code with Ctrl-C and returns to the prompt', async () => {
    const t = await start();
    t.line('while True: pass');
    await t.waitFor((s) => lastLine(s) === '...');
    t.line('');
    // Press Ctrl-C until the loop has started and noticed it (no fixed long sleep).
    await t.waitFor((s) => {
      if (/KeyboardInterrupt/.test(s)) return true;
      t.key('C-c');
      return false;
    });
    let screen = await t.waitForPrompts(2);
    expect(screen).toMatch(/KeyboardInterrupt\n>>>$/);
    screen = await enter(t, '1+1', 3);
    expect(screen).toMatch(/^>>> 1\+1\n2\n>>>$/m);
  });

  it('Ctrl-C at the prompt prints KeyboardInterrupt and drops the partial block', async () => {
    const t = await start();
    t.type('abc');
    await t.waitFor((s) => lastLine(s) === '>>> abc');
    t.key('C-c');
    await t.waitForPrompts(2);
    t.line('if True:');
    await t.waitFor((s) => lastLine(s) === '...');
    t.key('C-c');
    let screen = await t.waitForPrompts(3);
    expect(screen.match(/^KeyboardInterrupt$/gm)).toHaveLength(2);
    screen = await enter(t, '3', 4);
    expect(screen).toMatch(/^>>> 3\n3\n>>>$/m);
  });

  it('Ctrl-D on an empty line leaves with exit code 0', async () => {
    const t = await start();
    t.key('C-d');
    expect(await t.exitCode()).toBe(0);
  });

  it('exit(3) leaves with exit code 3', async () => {
    const t = await start();
    t.line('exit(3)');
    expect(await t.exitCode()).toBe(3);
  });

  it('input() reads a line from the terminal', async () => {
    const t = await start();
    t.line("x = input('name? ')");
    await t.waitFor((s) => lastLine(s) === 'name?');
    t.line('bob');
    await t.waitForPrompts(2);
    const screen = await enter(t, 'x', 3);
    expect(screen).toMatch(/^>>> x\n'bob'\n>>>$/m);
  });

  it('Ctrl-C while input() waits raises KeyboardInterrupt', async () => {
    const t = await start();
    t.line("x = input('name? ')");
    await t.waitFor((s) => lastLine(s) === 'name?');
    t.key('C-c');
    let screen = await t.waitForPrompts(2);
    expect(screen).toMatch(/KeyboardInterrupt\n>>>$/);
    screen = await enter(t, "'x' in globals()", 3);
    expect(screen).toMatch(/^False\n>>>$/m);
  });

  it('keeps output that did not end its line in front of the next prompt', async () => {
    const t = await start();
    t.line("print('ab', end='')");
    const screen = await t.waitFor((s) => lastLine(s) === 'ab>>>');
    expect(screen).toMatch(/^>>> print\('ab', end=''\)\nab>>>$/m);
  });

  // memsnake's own meta-commands: not run against python3.
  it.skipIf(process.env.MEMSNAKE_REPL_CMD !== undefined)(':sizeof on a terminal is in colour', async () => {
    term = new Terminal(command, { NO_COLOR: '', PYTHONHASHSEED: '0', TERM: 'xterm-256color' }, root);
    const t = term;
    await t.waitForPrompts(1);
    await enter(t, 'x = [1, 2, 3]', 2);
    const screen = await enter(t, ':sizeof x', 3);
    expect(screen).toMatch(/^list at 0x[0-9a-f]+$/m);
    expect(screen).toMatch(/^ {4}item array {2}0x[0-9a-f]+ +32 +1 /m);
    // tmux re-encodes the styles it shows: the type in bold (SGR 1), the address in cyan
    // (36), the blocks' table header in bold.
    const styled = t.styledScreen();
    expect(styled).toMatch(/\x1b\[1mlist\x1b\[0m[^\n]* at \x1b\[36m0x[0-9a-f]+/);
    expect(styled).toMatch(/\x1b\[1mblock +address +bytes +class +pool +arena/);
    expect(styled).toMatch(/header {6}\x1b\[36m0x[0-9a-f]+\x1b\[39m/);
  });
});
