/**
 * Shared pieces of the inspectors' text output (render-*.ts): the styler (chalk with or
 * without colour), numbers, addresses and aligned tables. Widths are measured on the
 * plain text and styles applied afterwards, so columns line up with and without colour.
 */

import { Chalk, type ChalkInstance } from 'chalk';

/** A chalk that colours only when `color` (a terminal, no --no-color / NO_COLOR). */
export function styler(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

export function hex(addr: number): string {
  return '0x' + addr.toString(16);
}

/** 12345 → '12,345'. */
export function num(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

export function percent(fraction: number): string {
  return (fraction * 100).toFixed(1) + '%';
}

export interface Column {
  title: string;
  align: 'left' | 'right';
  /** Style of this column's cells (not of the header). */
  style?: (text: string) => string;
}

/** Rows of cells under a bold header, columns two spaces apart. */
export function table(c: ChalkInstance, columns: Column[], rows: string[][], indent = ''): string[] {
  const widths = columns.map((col, i) => Math.max(col.title.length, ...rows.map((r) => r[i].length)));
  const pad = (text: string, i: number): string => (columns[i].align === 'left' ? text.padEnd(widths[i]) : text.padStart(widths[i]));
  const out = [indent + c.bold(columns.map((col, i) => pad(col.title, i)).join('  ').trimEnd())];
  for (const row of rows) {
    const cells = row.map((cell, i) => {
      const style = columns[i].style;
      const padded = pad(cell, i);
      return style ? style(padded) : padded;
    });
    // The last column, when left-aligned, is not padded: no trailing spaces.
    out.push(indent + cells.join('  ').replace(/ +$/, ''));
  }
  return out;
}
