/** Observations of one sheet as parallel columns (cheap to transfer from the worker). */
export interface ObsColumns {
  region: string[];
  indicator: string[];
  period: Int32Array;
  value: Float64Array;
  qualifier: Uint8Array;
  unit: string[];
  raw: string[];
  row: Uint32Array;
  col: Uint32Array;
}

const FIRST_SIZE = 1024;

/**
 * Observations collected one by one into columns, the numbers in typed arrays that double as
 * they fill: nine arrays pushed a million times each cost a wide sheet's normalising ~120 ms
 * and the garbage of their growth.
 */
export class ObsBuilder {
  readonly region: string[] = [];
  readonly indicator: string[] = [];
  readonly unit: string[] = [];
  readonly raw: string[] = [];
  period = new Int32Array(FIRST_SIZE);
  value = new Float64Array(FIRST_SIZE);
  qualifier = new Uint8Array(FIRST_SIZE);
  row = new Uint32Array(FIRST_SIZE);
  col = new Uint32Array(FIRST_SIZE);
  length = 0;

  add(region: string, indicator: string, period: number, value: number, qualifier: number, unit: string, raw: string, row: number, col: number): void {
    const i = this.length++;
    if (i === this.value.length) this.grow();
    this.region.push(region);
    this.indicator.push(indicator);
    this.unit.push(unit);
    this.raw.push(raw);
    this.period[i] = period;
    this.value[i] = value;
    this.qualifier[i] = qualifier;
    this.row[i] = row;
    this.col[i] = col;
  }

  /** The columns, cut to what was added. */
  columns(): ObsColumns {
    const n = this.length;
    return {
      region: this.region, indicator: this.indicator, unit: this.unit, raw: this.raw,
      period: this.period.slice(0, n), value: this.value.slice(0, n), qualifier: this.qualifier.slice(0, n), row: this.row.slice(0, n), col: this.col.slice(0, n),
    };
  }

  private grow(): void {
    const twice = <T extends Int32Array | Float64Array | Uint8Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.period = twice(this.period, (n) => new Int32Array(n));
    this.value = twice(this.value, (n) => new Float64Array(n));
    this.qualifier = twice(this.qualifier, (n) => new Uint8Array(n));
    this.row = twice(this.row, (n) => new Uint32Array(n));
    this.col = twice(this.col, (n) => new Uint32Array(n));
  }
}
