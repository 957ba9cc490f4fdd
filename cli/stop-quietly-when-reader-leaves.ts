/**
 * Ends the process quietly when whoever reads our output goes away (`unsprawl tco --help | head`):
 * a closed pipe is the reader's choice, not a failure worth a stack trace. Any other write error
 * is still thrown.
 *
 * @example stopQuietlyWhenReaderLeaves(process.stdout);
 */
export function stopQuietlyWhenReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
