/**
 * A one-line progress counter on a terminal ("Checking 120/1000"), rewritten in place; silent when
 * stderr is a pipe or file, so scripts and logs get only the result.
 */
export function progressLine(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const live = stream.isTTY === true
  return {
    update(done: number, total: number, detail = '') {
      if (live) stream.write(`\r${label} ${done}/${total}${detail ? ` ${detail}` : ''}\x1b[K`)
    },
    done() {
      if (live) stream.write('\r\x1b[K')
    },
  }
}
