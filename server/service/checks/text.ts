// Small helpers for messages in Korean and English: particles that agree with the word before them (also
// after digits and Latin letters: "AES-256을", "15 Min이라고", "SQS를"), dates, and excerpts of the note.
import type { Lang } from '../knowledge/types';
import { isHangul } from '../text/scripts';

// digits: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant (1, 7, 8 in ㄹ)
const DIGIT_FINAL: Record<string, 'none' | 'rieul' | 'other'> = {
  '0': 'other', '1': 'rieul', '2': 'none', '3': 'other', '4': 'none', '5': 'none', '6': 'other', '7': 'rieul', '8': 'rieul', '9': 'none',
};
// letter names: L 엘, M 엠, N 엔, R 알 end in a consonant
const LETTER_FINAL: Record<string, 'none' | 'rieul' | 'other'> = { l: 'rieul', m: 'other', n: 'other', r: 'rieul' };

function finalOf(word: string): 'none' | 'rieul' | 'other' {
  const w = word.replace(/[\s'"‘’“”)\]}.,!?]+$/u, '');
  const last = w[w.length - 1];
  if (!last) return 'none';
  const code = last.charCodeAt(0);
  if (isHangul(code) && code >= 0xac00) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  if (last >= '0' && last <= '9') {
    // 10 십, 100 백, 1000 천 (ㅂ/ㄱ/ㄴ) when the number ends in zeros
    const zeros = /0+$/.exec(w.replace(/,/g, ''))?.[0].length ?? 0;
    if (zeros > 0 && /[1-9]/.test(w)) return zeros === 1 ? 'other' : zeros === 2 ? 'other' : zeros === 3 ? 'other' : 'other';
    return DIGIT_FINAL[last];
  }
  if (/[A-Z]/.test(last) && /[A-Z0-9]{2,}$|^[A-Z]$/.test(w.slice(-3))) return LETTER_FINAL[last.toLowerCase()] ?? 'none';
  if (/[a-z]/i.test(last)) {
    if (/(ng|m|n)$/i.test(w)) return 'other';
    if (/l$/i.test(w)) return 'rieul';
    if (/(ck|k|p|t|b|d|g)$/i.test(w) && !/(ate|ite|ute)$/i.test(w)) return 'none';
    return 'none';
  }
  return 'none';
}

/** word + the particle that agrees with it; `pair` is "with batchim/without", e.g. "을/를", "이라고/라고", "으로/로". */
export function josa(word: string, pair: string): string {
  const [withFinal, without] = pair.split('/');
  const f = finalOf(word);
  if (withFinal === '으로') return word + (f === 'other' ? '으로' : '로');
  return word + (f === 'none' ? without : withFinal);
}

export function pick(lang: Lang, ko: string, en: string): string {
  return lang === 'ko' ? ko : en;
}

/** "2018-10" → "2018년 10월" / "October 2018". */
export function formatDate(date: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!m) return date;
  const [, y, mo, d] = m;
  if (lang === 'ko') return `${y}년${mo ? ` ${Number(mo)}월` : ''}${d ? ` ${Number(d)}일` : ''}`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d ? `${Number(d)} ` : ''}${mo ? `${months[Number(mo) - 1]} ` : ''}${y}`;
}

/** A short excerpt of the note around a span, on one line. */
export function excerpt(text: string, start: number, end: number, max = 60): string {
  let s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (s.length > max) s = s.slice(0, max - 1).trimEnd() + '…';
  return s;
}

export function quote(s: string, lang: Lang): string {
  return lang === 'ko' ? `‘${s}’` : `“${s}”`;
}
