/**
 * Removes terminal control characters (ESC sequences' introducer, BEL, backspace, C1 controls)
 * from text about to be printed, keeping tab, newline and carriage return (progress lines use
 * it): server names and file contents are data, and an ESC in a VM name must not recolour,
 * retitle or clear anyone's terminal.
 *
 * @example terminalSafe('WARD\u001b[2J01') // 'WARD[2J01'
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
}
