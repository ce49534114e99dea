import { readSync } from 'node:fs';

/** Reads `length` bytes at `position` of fd into `into` from `offset`; throws, naming `what`, when the file ends first. */
export function readFully(
  fd: number,
  into: Uint8Array,
  offset: number,
  length: number,
  position: number,
  what: string,
): void {
  for (let got = 0; got < length;) {
    const n = readSync(fd, into, offset + got, length - got, position + got);
    if (n === 0) throw new Error(`${what}: shorter than expected; build again`);
    got += n;
  }
}
