// The distinct numbers of a column, up to a cap: an open-addressing table over the doubles' bits
// in typed arrays, because a Map costs more than the rest of a valid cell's work.
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

export class NumberSet {
  private readonly slots: Float64Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
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
    if (this.size > this.mask >>> 1) throw new Error(`NumberSet holds at most ${(this.mask + 1) / 2} values`);
    const key = x === 0 ? 0 : x;
    bits[0] = key;
    let slot = Math.imul((words[0] ?? 0) ^ Math.imul(words[1] ?? 0, 0x85ebca6b), 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= this.mask;
      if (this.used[slot] === 0) {
        this.used[slot] = 1;
        this.slots[slot] = key;
        this.size += 1;
        return;
      }
      if (this.slots[slot] === key) return;
      slot += 1;
    }
  }
}
