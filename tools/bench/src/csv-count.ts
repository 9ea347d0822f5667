/**
 * Counts CSV records in a stream of chunks without holding it: newlines outside quoted fields
 * (RFC 4180: a quote inside a quoted field is doubled, which toggles twice and so cancels out).
 * The first record is the header.
 */
export class CsvRecordCounter {
  private inQuotes = false;
  private lines = 0;
  private pending = false;

  push(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (ch === 34) this.inQuotes = !this.inQuotes;
      else if (ch === 10 && !this.inQuotes) {
        this.lines++;
        this.pending = false;
        continue;
      }
      if (ch !== 13) this.pending = true;
    }
  }

  /** Data records: every record but the header, counting a last one without its newline. */
  get dataRecords(): number {
    return Math.max(0, this.lines + (this.pending ? 1 : 0) - 1);
  }
}
