// UTF-8 size of a string without node's Buffer (the service stays pure): what a note weighs on disk.

/** UTF-8 byte length of `text`; stops counting once it passes `stopAfter` (a size check needs no more). */
export function utf8Length(text: string, stopAfter = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3; // lone surrogates are written as U+FFFD (3 bytes)
  }
  return bytes;
}
