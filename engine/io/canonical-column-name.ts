/** "CPU Cores", "cpu-cores" and "cpu_cores" all name the same canonical column. */
export function canonicalColumnName(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
