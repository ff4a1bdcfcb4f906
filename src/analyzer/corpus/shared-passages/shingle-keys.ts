/**
 * Hash keys of shingles (`k` consecutive normalized characters): two
 * polynomial hashes rolled along the text, packed into one exact integer.
 */

const P1 = 67108859;
const P2 = 67108837;
const INVERSE1 = 1 / P1;
const INVERSE2 = 1 / P2;
const B1 = 1048583;
const B2 = 2097169;
const TWO_26 = 67108864;

/**
 * `x mod m` (in `[0, m)`, also for negative `x`) for integers `|x| < 2^52`,
 * `0 < m < 2^26`: for `x >= 0` the same value as `x % m`, without the
 * floating-point remainder (a library call per use), and with a
 * multiplication by `inverse` (`1 / m`) for the division. The quotient's
 * rounding is off by at most one, which the two tests repair.
 */
export function mod(x: number, m: number, inverse = 1 / m): number {
  const r = x - Math.floor(x * inverse) * m;
  return r < 0 ? r + m : r >= m ? r - m : r;
}

/**
 * Hash of the shingle (`k` consecutive characters) at each position
 * (`length - k + 1` of them), rolled in one pass: two polynomial hashes
 * modulo primes near 2^26, packed into one exact integer `h1 * 2^26 + h2`.
 * Written into the start of `into` when it is long enough (the index hashes
 * one article after another into one buffer).
 */
export function shingleKeys(chars: Int32Array, k: number, into?: Float64Array): Float64Array {
  const count = Math.max(0, chars.length - k + 1);
  const keys = into !== undefined && into.length >= count ? into.subarray(0, count) : new Float64Array(count);
  if (count === 0) return keys;
  // B^(k-1) mod P, to take the leaving character out of the rolling hash.
  let top1 = 1;
  let top2 = 1;
  for (let i = 1; i < k; i++) {
    top1 = mod(top1 * B1, P1, INVERSE1);
    top2 = mod(top2 * B2, P2, INVERSE2);
  }
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < k; i++) {
    h1 = mod(h1 * B1 + chars[i], P1, INVERSE1);
    h2 = mod(h2 * B2 + chars[i], P2, INVERSE2);
  }
  keys[0] = h1 * TWO_26 + h2;
  // Rolling on: h' = (h - out * B^(k-1)) * B + next = h * B - out * B^k + next (mod P), one
  // reduction per step. Magnitudes stay below 2^48: hashes and B^k mod P < 2^26, bases < 2^22,
  // characters < 2^21.
  const topB1 = mod(top1 * B1, P1, INVERSE1);
  const topB2 = mod(top2 * B2, P2, INVERSE2);
  for (let p = 1; p < count; p++) {
    const out = chars[p - 1];
    const next = chars[p + k - 1];
    h1 = mod(h1 * B1 - out * topB1 + next, P1, INVERSE1);
    h2 = mod(h2 * B2 - out * topB2 + next, P2, INVERSE2);
    keys[p] = h1 * TWO_26 + h2;
  }
  return keys;
}

/** Slot of a key of two 26-bit halves (`hi * 2^26 + lo`, as `shingleKeys` makes them) in a table of `mask + 1`. */
export function keySlot(key: number, mask: number): number {
  const hi = Math.floor(key / TWO_26); // exact: a division by a power of two
  const lo = key - hi * TWO_26;
  return (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b) ^ (hi >>> 13)) & mask;
}
