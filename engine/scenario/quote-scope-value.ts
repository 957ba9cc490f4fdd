/**
 * Writes any value (a server id, a service name) as a quoted scope value that `selectScope`
 * reads back exactly: ids are data, and VM names may hold `"`, `,`, `;`, `=` or ` and `.
 *
 * @example quoteScopeValue('WARD "A", 2') // '"WARD \\"A\\", 2"'
 */
export function quoteScopeValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
