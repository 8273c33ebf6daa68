/**
 * Line editing through a real terminal (tmux): history across sessions (the history file
 * in a temp dir, never the user's home) and tab completion of names, keywords, attributes
 * and meta-commands, typed as a person types them.
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killServer, lastLine, Terminal } from './tmux.js';

const root = resolve(import.meta.dirname, '../..');
const command = [process.execPath, resolve(root, 'bin/memsnake')];

describe('line editing in a terminal', () => {
  let term: Terminal | null = null;
  afterEach(() => term?.kill());
  afterAll(() => killServer());

  async function start(env: Record<string, string | null>): Promise<Terminal> {
    term?.kill();
    term = new Terminal(command, { NO_COLOR: '1', TERM: 'xterm', ...env }, root);
    await term.waitForPrompts(1);
    return term;
  }

  async function enter(t: Terminal, line: string, prompts: number): Promise<string> {
    t.line(line);
    return t.waitForPrompts(prompts);
  }

  it('saves entries to the history file and recalls them with Up in the next session', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'memsnake-hist-'));
    const file = join(dir, 'history');
    let t = await start({ MEMSNAKE_HISTORY: file });
    await enter(t, 'x = 7', 2);
    t.line('def f():');
    await t.waitFor((s) => lastLine(s) === '...');
    t.line('    return x * 6');
    await t.waitFor((s) => (s.match(/^\.\.\.( |$)/gm) ?? []).length >= 2 && lastLine(s) === '...');
    t.line('');
    await t.waitForPrompts(3);
    t.key('C-d');
    expect(await t.exitCode()).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('x = 7\ndef f():\n    return x * 6\n');

    t = await start({ MEMSNAKE_HISTORY: file });
    // Up three times: the block's lines are single entries, newest first.
    t.key('Up', 'Up', 'Up');
    await t.waitFor((s) => lastLine(s) === '>>> x = 7');
    t.key('Enter');
    await t.waitForPrompts(2);
    const screen = await enter(t, 'x', 3);
    expect(screen).toMatch(/^>>> x\n7\n>>>$/m);
    t.key('Up', 'Up');
    await t.waitFor((s) => lastLine(s) === '>>> x = 7');
  });

  it('keeps ~/.memsnake_history under HOME and trims an overlong file', async () => {
    const home = mkdtempSync(join(tmpdir(), 'memsnake-home-'));
    const file = join(home, '.memsnake_history');
    writeFileSync(file, Array.from({ length: 1200 }, (_, i) => `n = ${i}`).join('\n') + '\n');
    const t = await start({ HOME: home, MEMSNAKE_HISTORY: null });
    await enter(t, '1 + 1', 2);
    t.key('Up', 'Up');
    await t.waitFor((s) => lastLine(s) === '>>> n = 1199');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines.length).toBe(1001);
    expect(lines[0]).toBe('n = 200');
    expect(lines[1000]).toBe('1 + 1');
  });

  it('completes builtins, keywords and globals with Tab', async () => {
    const t = await start({});
    t.type('pri');
    t.key('Tab');
    // A callable completes with its "(", as rlcompleter does.
    await t.waitFor((s) => lastLine(s) === '>>> print(');
    t.type('42)');
    let screen = await enter(t, '', 2);
    expect(screen).toMatch(/^>>> print\(42\)\n42\n>>>$/m);
    await enter(t, 'my_long_variable = 5', 3);
    t.type('my_lo');
    t.key('Tab');
    await t.waitFor((s) => lastLine(s) === '>>> my_long_variable');
    screen = await enter(t, '', 4);
    expect(screen).toMatch(/^>>> my_long_variable\n5\n>>>$/m);
    t.type('whi');
    t.key('Tab');
    await t.waitFor((s) => lastLine(s) === '>>> while');
    t.key('C-u');
    t.key('C-c');
    await t.waitForPrompts(5);
  });

  it('completes attributes of a global without running its code', async () => {
    const t = await start({});
    // Line by line, each after its prompt, as a person types.
    const lines = ['class P:', '    @property', '    def boom(self): print("r" + "an!"); return 1'];
    for (const [i, line] of lines.entries()) {
      t.line(line);
      await t.waitFor((s) => (s.match(/^\.\.\.( |$)/gm) ?? []).length >= i + 1 && lastLine(s) === '...');
    }
    t.line('');
    await t.waitForPrompts(2);
    await enter(t, 'p = P(); p.xvalue = 3', 3);
    t.type('p.xv');
    t.key('Tab');
    await t.waitFor((s) => lastLine(s) === '>>> p.xvalue');
    let screen = await enter(t, '', 4);
    expect(screen).toMatch(/^>>> p\.xvalue\n3\n>>>$/m);
    t.type('p.bo');
    t.key('Tab');
    await t.waitFor((s) => lastLine(s) === '>>> p.boom');
    expect(t.screen()).not.toContain('ran!');
    t.key('C-u');
    t.type('p.');
    // Node's editor lists the candidates on a second Tab after the first one's answer.
    t.key('Tab');
    await new Promise((resolve) => setTimeout(resolve, 300));
    t.key('Tab');
    // Two candidates: the second Tab lists them (sorted, private names hidden).
    screen = await t.waitFor(/^p\.boom\s+p\.xvalue\s*$/m);
    expect(screen).not.toContain('ran!');
  });

  it('completes meta-commands', async () => {
    const t = await start({});
    t.type(':po');
    t.key('Tab');
    await t.waitFor((s) => lastLine(s) === '>>> :pools');
    t.key('C-u');
    t.type(':help res');
    t.key('Tab');
    await t.waitFor((s) => lastLine(s) === '>>> :help reset');
    const screen = await enter(t, '', 2);
    expect(screen).toContain(':reset \u2014 a fresh session');
  });

  it('indents with Tab on an empty line', async () => {
    const t = await start({});
    t.line('if True:');
    await t.waitFor((s) => lastLine(s) === '...');
    t.key('Tab');
    await t.waitFor((s) => lastLine(s) === '...'); // the Tab's four spaces are drawn
    t.type('print("in")');
    await t.waitFor((s) => lastLine(s) === '...     print("in")');
    t.line('');
    await t.waitFor((s) => lastLine(s) === '...'); // the next continuation prompt
    const screen = await enter(t, '', 2);
    expect(screen).toMatch(/^\.\.\. {5}print\("in"\)\n\.\.\.\s*\nin\n>>>$/m);
  });

});
