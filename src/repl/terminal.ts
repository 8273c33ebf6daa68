/**
 * Lines from a terminal, through node:readline's line editor. The editor (raw mode) is on
 * only while a line is being read: while Python code runs the terminal is back in cooked
 * mode, so Ctrl-C is a real SIGINT the host turns into KeyboardInterrupt, and keys typed
 * ahead wait in the terminal for the next prompt, as they do with python3.
 *
 * History within a session is readline's own; saving it across sessions and completion
 * belong in their own files (history.ts, completion.ts) and plug in at `open()`.
 */

import { createInterface, type Interface } from 'node:readline';
import type { OutStream } from '../interp/session-api.js';
import { INTERRUPTED, type LineSource, type ReadResult, takeOpenLine } from '../host/line-source.js';

export class TerminalLines implements LineSource {
  private rl: Interface | null = null;
  private waiter: ((result: ReadResult) => void) | null = null;
  private readonly queued: ReadResult[] = [];
  private history: string[] = [];

  read(prompt: string, _promptStream: OutStream): Promise<ReadResult> {
    // Lines typed ahead while code ran were already shown by the terminal.
    if (this.queued.length > 0) return Promise.resolve(this.queued.shift()!);
    const rl = this.rl ?? this.open();
    setRawMode(true);
    // readline redraws the whole line from column 0: give it what is already there.
    // (Text it could not redraw faithfully is left alone and the prompt starts a new line.)
    const before = takeOpenLine();
    const redraw = before.length <= 200 && !/[\r\x1b\t]/.test(before);
    if (!redraw) process.stdout.write('\n');
    rl.setPrompt(redraw ? before + prompt : prompt);
    rl.prompt();
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  cancel(): void {
    this.deliver(INTERRUPTED);
  }

  close(): void {
    const rl = this.rl;
    this.rl = null;
    rl?.close();
  }

  private open(): Interface {
    const rl = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      history: this.history,
      historySize: 1000,
      removeHistoryDuplicates: false,
      tabSize: 4,
    });
    rl.on('line', (line) => this.deliver(line));
    rl.on('SIGINT', () => {
      // Like python3: keep what was typed on screen, drop it from the buffer, new line.
      const editable = rl as unknown as { line: string; cursor: number };
      editable.line = '';
      editable.cursor = 0;
      process.stdout.write('\n');
      this.deliver(INTERRUPTED);
    });
    rl.on('close', () => {
      // Ctrl-D on an empty line closes the editor: end of input for this read.
      if (this.rl === rl) {
        this.history = (rl as unknown as { history: string[] }).history ?? this.history;
        this.rl = null;
      }
      this.deliver(null);
    });
    this.rl = rl;
    return rl;
  }

  private deliver(result: ReadResult): void {
    const waiter = this.waiter;
    if (waiter === null) {
      if (result !== INTERRUPTED) this.queued.push(result);
      return;
    }
    this.waiter = null;
    this.rl?.pause();
    setRawMode(false);
    waiter(result);
  }
}

function setRawMode(on: boolean): void {
  if (process.stdin.isTTY) process.stdin.setRawMode(on);
}
