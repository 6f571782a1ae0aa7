// Lower case of one UTF-16 code unit as a code, for the tries that match names and keywords character by
// character: no one-character strings to allocate and compare. Non-ASCII units ask String#toLowerCase once
// and remember the answer.

/** lower case + 1 per code unit, 0 while not yet asked (a unit whose lower case is longer than one unit: -1) */
const table = new Int32Array(0x10000);

/** The lower case of code unit `code`, or -1 when it is more than one unit ("İ" → "i̇"): such a unit matches no key. */
export function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let v = table[code];
  if (v === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    v = lower.length === 1 ? lower.charCodeAt(0) + 1 : -1;
    table[code] = v;
  }
  return v < 0 ? -1 : v - 1;
}
