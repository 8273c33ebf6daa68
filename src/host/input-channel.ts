/**
 * The shared buffer through which the main thread answers input() for the worker.
 *
 * The worker cannot receive a message while Python code waits in input(): its event loop is
 * not running. So it posts an `input-request`, then sleeps in Atomics.wait on `state`; the
 * main thread reads a line, copies its UTF-8 bytes into `data`, sets `state` and notifies.
 * A line longer than the buffer travels in chunks: each chunk but the last is marked MORE,
 * and the worker asks for the next one with an `input-more` message.
 *
 * Layout: Int32Array header [state, byteLength, kind] followed by the byte area.
 *   state 0 = nothing for the worker, 1 = a chunk (or EOF/interrupt) is ready
 *   kind  LINE (last chunk of a line), MORE (more chunks follow), EOF, INTERRUPTED (Ctrl-C)
 */

export const LINE = 0;
export const MORE = 1;
export const EOF = 2;
export const INTERRUPTED = 3;

const HEADER_BYTES = 16;
const DEFAULT_CAPACITY = 64 * 1024;

export function createInputBuffer(capacity = DEFAULT_CAPACITY): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_BYTES + capacity);
}

/** Main-thread side: puts answers into the buffer. */
export class InputWriter {
  private readonly header: Int32Array;
  private readonly data: Uint8Array;
  private pending: Uint8Array = new Uint8Array(0);

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 4);
    this.data = new Uint8Array(buffer, HEADER_BYTES);
  }

  /** Answers with a line (without its newline); returns after the first chunk is posted. */
  sendLine(line: string): void {
    this.pending = Buffer.from(line, 'utf8');
    this.sendNextChunk();
  }

  /** Posts the next chunk of the current line (after the worker's `input-more`). */
  sendNextChunk(): void {
    const n = Math.min(this.pending.length, this.data.length);
    this.data.set(this.pending.subarray(0, n));
    const more = n < this.pending.length;
    this.pending = this.pending.subarray(n);
    this.post(n, more ? MORE : LINE);
  }

  sendEof(): void {
    this.post(0, EOF);
  }

  sendInterrupted(): void {
    this.post(0, INTERRUPTED);
  }

  private post(byteLength: number, kind: number): void {
    Atomics.store(this.header, 1, byteLength);
    Atomics.store(this.header, 2, kind);
    Atomics.store(this.header, 0, 1);
    Atomics.notify(this.header, 0);
  }
}

export type InputAnswer = { kind: 'line'; text: string } | { kind: 'eof' } | { kind: 'interrupted' };

/** Worker side: blocks until the main thread has answered. */
export class InputReader {
  private readonly header: Int32Array;
  private readonly data: Uint8Array;

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 4);
    this.data = new Uint8Array(buffer, HEADER_BYTES);
  }

  /** `askMore` is called when a chunk says more follow (it posts `input-more`). */
  read(askMore: () => void): InputAnswer {
    const parts: Buffer[] = [];
    for (;;) {
      Atomics.wait(this.header, 0, 0);
      const length = Atomics.load(this.header, 1);
      const kind = Atomics.load(this.header, 2);
      // Copy before releasing the buffer: the next chunk overwrites it.
      parts.push(Buffer.from(this.data.slice(0, length)));
      Atomics.store(this.header, 0, 0);
      if (kind === EOF) return { kind: 'eof' };
      if (kind === INTERRUPTED) return { kind: 'interrupted' };
      if (kind === LINE) return { kind: 'line', text: Buffer.concat(parts).toString('utf8') };
      askMore();
    }
  }
}
