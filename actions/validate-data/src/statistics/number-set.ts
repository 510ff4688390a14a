// The distinct numbers of a column, up to a cap: small non-negative integers (counts, years) in
// a bitmap, the rest in an open-addressing table over the doubles' bits, because a Map costs more
// than all the rest of a valid cell's work.
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const SMALL = 4096;

export class NumberSet {
  private readonly small = new Uint8Array(SMALL);
  private readonly slots: Float64Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  private hashed = 0;
  size = 0;

  /** capacity: the most distinct values it will hold (the caller stops adding past it). */
  constructor(capacity: number) {
    let room = 16;
    while (room < capacity * 2) room *= 2;
    this.slots = new Float64Array(room);
    this.used = new Uint8Array(room);
    this.mask = room - 1;
  }

  /** Adds x (finite; 0 and -0 are one value, as in a Set). */
  add(x: number): void {
    if (x >= 0 && x < SMALL && (x | 0) === x) {
      if (this.small[x] === 0) {
        this.small[x] = 1;
        this.size += 1;
      }
      return;
    }
    this.addHashed(x);
  }

  /** Every value held (small integers first, then the rest in table order). */
  values(): number[] {
    const out: number[] = [];
    for (let x = 0; x < SMALL; x++) if (this.small[x] === 1) out.push(x);
    for (let slot = 0; slot <= this.mask; slot++) if (this.used[slot] === 1) out.push(this.slots[slot] ?? 0);
    return out;
  }

  private addHashed(x: number): void {
    if (this.hashed > this.mask >>> 1) throw new Error(`NumberSet holds at most ${(this.mask + 1) / 2} values`);
    bits[0] = x;
    let slot = Math.imul((words[0] ?? 0) ^ Math.imul(words[1] ?? 0, 0x85ebca6b), 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= this.mask;
      if (this.used[slot] === 0) {
        this.used[slot] = 1;
        this.slots[slot] = x;
        this.hashed += 1;
        this.size += 1;
        return;
      }
      if (this.slots[slot] === x) return;
      slot += 1;
    }
  }
}
