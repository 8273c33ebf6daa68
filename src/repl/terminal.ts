/**
 * Lines from a terminal, through node:readline's line editor. The editor (raw mode) is on
 * only while a line is being read: while Python code runs the terminal is back in cooked
 * mode, so Ctrl-C is a real SIGINT the host turns into KeyboardInterrupt, and keys typed
 * ahead wait in the terminal for the next prompt, as they do with python3.
 *
 * History within a session is readline's own, seeded from and appended to the history
 * file (history.ts); completion (complete.ts) is plugged in by the loop with setCompleter.
 */

import { createInterface, type Interface } from 'node:readline';
import type { OutStream } from '../interp/session-api.js';
import { INTERRUPTED, type LineSource, type ReadResult, takeOpenLine } from '../host/line-source.js';
import { HistoryFile, MAX_LINES } from './history.js';

/** Completes the text before the cursor: the candidates, and the part of it they replace. */
export type Completer = (before: string) => Promise<[string[], string]>;

export class TerminalLines implements LineSource {
  private rl: Interface | null = null;
  private waiter: ((result: ReadResult) => void) | null = null;
  private readonly queued: ReadResult[] = [];
  private readonly historyFile = HistoryFile.default();
  private history: string[] = this.historyFile.load();
  private completer: Completer | null = null;

  /** Tab completion from now on (the loop sets it once it has the interpreter). */
  setCompleter(completer: Completer): void {
    this.completer = completer;
  }

  read(prompt: string, _promptStream: OutStream): Promise<ReadResult> {
    // Lines typed ahead while code ran were already shown by the terminal.
    if (this.queued.length > 0) return Promise.resolve(this.queued.shift()!);
    const rl = this.rl ?? this.open();
    forgetLastReturn(rl);
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
      historySize: MAX_LINES,
      removeHistoryDuplicates: false,
      tabSize: 4,
      completer: (before: string, callback: (error: null, result: [string[], string]) => void) => {
        // A completer that fails completes nothing: Tab must never break the prompt.
        const complete = this.completer;
        if (complete === null) return callback(null, [[], before]);
        complete(before).then(
          (result) => callback(null, result),
          () => callback(null, [[], before]),
        );
      },
    });
    rl.on('line', (line) => {
      this.historyFile.add(line);
      this.deliver(line);
    });
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

/**
 * Enter is '\r' in raw mode but '\n' when typed ahead while code ran (cooked mode), and
 * node's editor drops a '\n' that comes within crlfDelay of a '\r' as half of a CRLF: a
 * block's closing empty line typed ahead would vanish. Each read starts afresh instead.
 * (The field is node's private `_sawReturnAt` symbol; absent in another node, nothing is done.)
 */
function forgetLastReturn(rl: Interface): void {
  const key = Object.getOwnPropertySymbols(rl).find((symbol) => symbol.description === '_sawReturnAt');
  if (key !== undefined) (rl as unknown as Record<symbol, unknown>)[key] = 0;
}

function setRawMode(on: boolean): void {
  if (process.stdin.isTTY) process.stdin.setRawMode(on);
}
