/** A one-line progress bar on a terminal (stderr); silent when stderr is not a TTY (CI, pipes, files). */
export class ProgressBar {
  private readonly tty = !!process.stderr.isTTY;
  private last = 0;

  constructor(
    private readonly label: string,
    private total: number,
  ) {}

  update(done: number, note = ''): void {
    if (!this.tty) return;
    const now = Date.now();
    if (now - this.last < 80 && done < this.total) return;
    this.last = now;
    const width = 28;
    const ratio = this.total ? Math.min(1, done / this.total) : 1;
    const filled = Math.round(ratio * width);
    process.stderr.write(
      `\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} ${note}`
        .slice(0, 120)
        .padEnd(80),
    );
  }

  done(): void {
    if (this.tty) process.stderr.write('\r'.padEnd(100) + '\r');
  }
}
