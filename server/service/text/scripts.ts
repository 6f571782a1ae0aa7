// Character classes the matcher, claim extraction and the plain parse path need: Hangul, ASCII letters,
// digits and punctuation, word characters, separators.

export function isHangul(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3131 && code <= 0x318e) || (code >= 0x1100 && code <= 0x11ff);
}

export function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** ASCII letters and digits. */
export function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || isAsciiAlpha(code);
}

/** CommonMark's ASCII punctuation: what a backslash can escape. */
export function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/** Letters and digits of any script: used to decide where a word ends. */
export function isWordChar(code: number): boolean {
  return isAsciiWordChar(code) || isHangul(code) || (code >= 0xc0 && code <= 0x24f);
}

/** Characters that may stand between the words of a multi-word name: "Transit Gateway", "보안그룹", "Site-to-Site". */
export function isNameSeparator(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 45 /* - */ || code === 95 /* _ */ || code === 0x3000;
}

export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** The note's language for messages: Korean when a meaningful share of its letters is Hangul. */
export function detectLanguage(text: string): 'ko' | 'en' {
  let hangul = 0;
  let latin = 0;
  const limit = Math.min(text.length, 200_000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isHangul(c)) hangul++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // Korean notes carry many English service names, so a modest Hangul share already means Korean prose.
  return hangul > 0 && hangul * 4 >= latin ? 'ko' : 'en';
}
