// Throughput check for hashStr: 1e6 short strings must hash well under the timeout.
import { describe, expect, it } from 'vitest';
import { hashStr } from '../../../src/objects/num/hash.js';

describe('hashStr speed', () => {
  it('hashes 1e6 short strings', () => {
    const words = Array.from({ length: 1000 }, (_, i) => 'key' + i.toString(36) + (i % 7 === 0 ? 'é' : ''));
    const t0 = performance.now();
    let acc = 0n;
    for (let r = 0; r < 1000; r++) for (const w of words) acc ^= hashStr(w);
    const ms = performance.now() - t0;
    console.log(`hashStr: 1e6 short strings in ${ms.toFixed(0)} ms`);
    expect(typeof acc).toBe('bigint');
    expect(ms).toBeLessThan(20_000);
  });
});
