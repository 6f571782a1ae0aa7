// The size limit: a note over `maxNoteSizeKB` is not parsed (remark on tens of megabytes would stall the
// editor); instead the user sees one information finding at the top of the note that says why.
import type { Finding } from '../findings';
import type { Lang } from '../knowledge/types';
import type { ServiceSettings } from '../settings';
import { utf8Length } from '../text/utf8';

export const NOTE_TOO_LARGE = 'note-too-large';

/** The limit in bytes, or Infinity when it is switched off (0, negative or not a number). */
export function maxNoteBytes(settings: ServiceSettings): number {
  const kb = settings.maxNoteSizeKB;
  return typeof kb === 'number' && Number.isFinite(kb) && kb > 0 ? kb * 1024 : Infinity;
}

/** Whether the note is over the limit (cheap: most notes are decided by their UTF-16 length alone). */
export function isTooLarge(text: string, settings: ServiceSettings): boolean {
  const max = maxNoteBytes(settings);
  if (max === Infinity || text.length * 3 <= max) return false; // a UTF-16 unit is at most 3 UTF-8 bytes
  if (text.length > max) return true; // … and at least 1
  return utf8Length(text, max) > max;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The one finding an over-limit note gets, on its first line. */
export function noteTooLargeFinding(text: string, settings: ServiceSettings, lang: Lang, firstLineEnd: number): Finding {
  const size = formatSize(utf8Length(text));
  const limit = `${settings.maxNoteSizeKB} KB`;
  const message =
    lang === 'ko'
      ? `이 노트는 ${size}로 크기 제한(${limit}, 설정 awsNotes.maxNoteSizeKB)을 넘어 개념 인식과 사실 확인을 하지 않습니다.`
      : `This note is ${size}, over the size limit of ${limit} (setting awsNotes.maxNoteSizeKB), so it is not analysed for concepts or facts.`;
  return { code: NOTE_TOO_LARGE, severity: 'information', message, start: 0, end: Math.min(firstLineEnd, 200), fixes: [] };
}
