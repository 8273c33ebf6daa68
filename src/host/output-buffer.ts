/**
 * Worker-side output coalescing. print() may be called millions of times; one message per
 * call would cost more than the interpretation. Writes are merged while they go to the same
 * stream and flushed as `output` messages:
 *   - when the stream changes (so stdout/stderr interleaving is kept exactly as written),
 *   - when the buffer passes FLUSH_BYTES or FLUSH_MS have passed since the last flush,
 *   - on a newline when the target is a terminal (stdout) or always for stderr,
 *     which is what CPython's line buffering shows a user,
 *   - at the end of every request and before input() blocks.
 */

import type { OutStream } from '../interp/session-api.js';

const FLUSH_BYTES = 64 * 1024;
const FLUSH_MS = 50;

export class OutputBuffer {
  private stream: OutStream = 'stdout';
  private chunks: string[] = [];
  private size = 0;
  private lastFlush = Date.now();

  constructor(
    private readonly send: (stream: OutStream, text: string) => void,
    private readonly lineBufferedStdout: boolean,
  ) {}

  write(stream: OutStream, text: string): void {
    if (text.length === 0) return;
    if (stream !== this.stream) {
      this.flush();
      this.stream = stream;
    }
    this.chunks.push(text);
    this.size += text.length;
    const lineBuffered = stream === 'stderr' || this.lineBufferedStdout;
    if (this.size >= FLUSH_BYTES || (lineBuffered && text.includes('\n')) || Date.now() - this.lastFlush >= FLUSH_MS) {
      this.flush();
    }
  }

  /**
   * Removes `suffix` from the unsent text if that is where it ends (input()'s prompt, so the
   * main thread can give it to its line editor). Returns whether it was removed.
   */
  takeSuffix(suffix: string): boolean {
    if (suffix.length === 0 || this.stream !== 'stdout' || this.chunks.length === 0) return false;
    const text = this.chunks.join('');
    if (!text.endsWith(suffix)) return false;
    this.chunks = [text.slice(0, text.length - suffix.length)];
    this.size = this.chunks[0].length;
    return true;
  }

  flush(): void {
    this.lastFlush = Date.now();
    if (this.chunks.length === 0) return;
    const text = this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (text.length > 0) this.send(this.stream, text);
  }
}
