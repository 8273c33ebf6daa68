/**
 * Where lines typed by the user come from: the REPL's prompts and input() both read through
 * a LineSource. A terminal gets a line editor (repl/terminal.ts); a pipe or file gets
 * PipeLines below, which reads stdin as bytes and splits lines itself (readline on a pipe
 * would drain all of stdin at once and fire every line before anyone asked for it).
 */

import type { OutStream } from '../interp/session-api.js';

/** The answer to a read when Ctrl-C was pressed (or the read was cancelled). */
export const INTERRUPTED: unique symbol = Symbol('interrupted');
export type ReadResult = string | null | typeof INTERRUPTED;

export interface LineSource {
  /** Shows `prompt` on `promptStream`, then reads one line without its newline; null at EOF. */
  read(prompt: string, promptStream: OutStream): Promise<ReadResult>;
  /** Ends a pending read with INTERRUPTED (SIGINT arrived while a read was waiting). */
  cancel(): void;
  /** Releases the terminal or stream. */
  close(): void;
}

/** What was written since the last newline (the start of the line the cursor is on). */
let openLine = '';

export function writeTo(stream: OutStream, text: string): void {
  if (text.length === 0) return;
  (stream === 'stdout' ? process.stdout : process.stderr).write(text);
  const newline = text.lastIndexOf('\n');
  openLine = newline >= 0 ? text.slice(newline + 1) : openLine + text;
  if (openLine.length > 4096) openLine = openLine.slice(-4096);
}

/**
 * Takes the text of the line the cursor is on, for a line editor that redraws its whole
 * line (so `print('x', end='')` before a prompt stays on screen as `x>>> `, as in python3).
 */
export function takeOpenLine(): string {
  const text = openLine;
  openLine = '';
  return text;
}

/** Lines from a non-terminal stdin. Reads only while someone waits for a line. */
export class PipeLines implements LineSource {
  private buffered: Buffer = Buffer.alloc(0);
  private ended = false;
  private waiter: ((result: ReadResult) => void) | null = null;
  private listening = false;
  private promptStream: OutStream = 'stdout';

  constructor(private readonly input: NodeJS.ReadableStream = process.stdin) {}

  read(prompt: string, promptStream: OutStream): Promise<ReadResult> {
    writeTo(promptStream, prompt);
    this.promptStream = promptStream;
    const line = this.takeLine();
    if (line !== undefined) return Promise.resolve(line);
    return new Promise((resolve) => {
      this.waiter = resolve;
      this.listen();
      this.input.resume();
    });
  }

  cancel(): void {
    // The terminal showed ^C after the prompt; end that line as python3 does.
    if (this.waiter !== null) writeTo(this.promptStream, '\n');
    this.deliver(INTERRUPTED);
  }

  close(): void {
    this.input.pause();
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.input.on('data', (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      this.buffered = this.buffered.length === 0 ? bytes : Buffer.concat([this.buffered, bytes]);
      this.offer();
    });
    this.input.on('end', () => {
      this.ended = true;
      this.offer();
    });
    // A closed or broken stdin reads as end of input, as it does for python3.
    this.input.on('error', () => {
      this.ended = true;
      this.offer();
    });
  }

  private offer(): void {
    if (this.waiter === null) return;
    const line = this.takeLine();
    if (line !== undefined) this.deliver(line);
  }

  private deliver(result: ReadResult): void {
    const waiter = this.waiter;
    if (waiter === null) return;
    this.waiter = null;
    // Stop reading until the next read: stdin left flowing would keep the process alive
    // and pull in data nobody asked for yet.
    this.input.pause();
    waiter(result);
  }

  /** The next complete line, null at the end, undefined when more bytes are needed. */
  private takeLine(): string | null | undefined {
    const newline = this.buffered.indexOf(0x0a);
    if (newline >= 0) {
      let end = newline;
      if (end > 0 && this.buffered[end - 1] === 0x0d) end -= 1; // universal newlines
      const line = this.buffered.subarray(0, end).toString('utf8');
      this.buffered = this.buffered.subarray(newline + 1);
      return line;
    }
    if (!this.ended) return undefined;
    if (this.buffered.length === 0) return null;
    const last = this.buffered.toString('utf8');
    this.buffered = Buffer.alloc(0);
    return last;
  }
}

/** A source that is already at its end (stdin was the script itself). */
export class NoLines implements LineSource {
  read(prompt: string, promptStream: OutStream): Promise<ReadResult> {
    writeTo(promptStream, prompt);
    return Promise.resolve(null);
  }
  cancel(): void {}
  close(): void {}
}
