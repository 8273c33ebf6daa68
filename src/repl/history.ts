/**
 * History across sessions, like python3's ~/.python_history: one line per entry in
 * ~/.memsnake_history (MEMSNAKE_HISTORY overrides the path, so tests and users can keep it
 * elsewhere; an empty MEMSNAKE_HISTORY turns it off). Only a terminal REPL uses it
 * (terminal.ts): piped input leaves no history, as with python3.
 *
 * Each line is appended as it is entered (not written at exit), so a session that is
 * killed keeps its lines and two sessions at once do not overwrite each other. A block
 * is stored line by line, as python3's readline stores it: node's line editor recalls
 * one line at a time. The file is cut to its last MAX_LINES lines when it is loaded.
 * Any file-system failure only turns history off: it must never disturb the REPL.
 */

import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const MAX_LINES = 1000;

export class HistoryFile {
  private last: string | null = null;

  constructor(private path: string | null) {}

  /** ~/.memsnake_history (HOME respected), or MEMSNAKE_HISTORY's path. */
  static default(): HistoryFile {
    const override = process.env.MEMSNAKE_HISTORY;
    if (override !== undefined) return new HistoryFile(override === '' ? null : override);
    const home = process.env.HOME !== undefined && process.env.HOME !== '' ? process.env.HOME : safeHomedir();
    return new HistoryFile(home === null ? null : join(home, '.memsnake_history'));
  }

  /** The saved lines, most recent first (node's readline order); trims an overlong file. */
  load(): string[] {
    if (this.path === null) return [];
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      return []; // No file yet (or unreadable): it is created by the first append.
    }
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length > MAX_LINES) {
      lines.splice(0, lines.length - MAX_LINES);
      try {
        writeFileSync(this.path, lines.join('\n') + '\n');
      } catch {
        this.path = null;
      }
    }
    this.last = lines.length > 0 ? lines[lines.length - 1] : null;
    return lines.reverse();
  }

  /** Appends one entered line (blank lines and a repeat of the previous line are skipped, as readline does). */
  add(line: string): void {
    if (this.path === null || line.trim() === '' || line === this.last || line.includes('\n')) return;
    this.last = line;
    try {
      appendFileSync(this.path, line + '\n', { mode: 0o600 });
    } catch {
      this.path = null;
    }
  }
}

function safeHomedir(): string | null {
  try {
    return homedir();
  } catch {
    return null;
  }
}
