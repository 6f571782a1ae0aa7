// Units a claim can carry, their families and factors to the family's canonical unit, and how to write a
// value back in the unit family (and script and letter case) the writer used. KB = KiB = 1024 B on
// purpose: notes and AWS pages mix them, and the difference is never worth a finding.

export type UnitFamily = 'time' | 'bytes' | 'bps' | 'Bps' | 'count' | 'percent' | 'iops' | 'km' | 'per-s';

export interface UnitDef {
  family: UnitFamily;
  /** multiply by this to get the canonical unit (s, B, bps, B/s, count, percent, iops, km, per-s) */
  factor: number;
  /** Korean units are checked for a word end (particle or non-Hangul) after them */
  hangul?: boolean;
}

const K = 1024;

/** Unit spellings, matched case-insensitively unless listed in CASED; longest first when scanning. */
const UNITS: Record<string, UnitDef> = {};
const def = (family: UnitFamily, factor: number, names: string[]) => {
  for (const n of names) UNITS[n.toLowerCase()] = { family, factor, hangul: /[\uac00-\ud7a3]/.test(n) };
};

def('time', 0.001, ['ms', 'msec', 'msecs', 'millisecond', 'milliseconds', '밀리초']);
def('time', 1, ['s', 'sec', 'secs', 'second', 'seconds', '초']);
def('time', 60, ['min', 'mins', 'minute', 'minutes', '분']);
def('time', 3600, ['h', 'hr', 'hrs', 'hour', 'hours', '시간']);
def('time', 86400, ['day', 'days', '일']);
def('time', 604800, ['week', 'weeks', '주', '주일']);
def('time', 2592000, ['month', 'months', '개월', '달']);
def('time', 31536000, ['year', 'years', 'yr', 'yrs', '년']);
def('bytes', 1, ['b', 'byte', 'bytes', '바이트']);
def('bytes', K, ['kb', 'kib', 'kbyte', 'kbytes', 'kilobyte', 'kilobytes', '킬로바이트']);
def('bytes', K ** 2, ['mb', 'mib', 'megabyte', 'megabytes', '메가바이트', '메가']);
def('bytes', K ** 3, ['gb', 'gib', 'gigabyte', 'gigabytes', '기가바이트', '기가']);
def('bytes', K ** 4, ['tb', 'tib', 'terabyte', 'terabytes', '테라바이트', '테라']);
def('bytes', K ** 5, ['pb', 'pib', 'petabyte', 'petabytes', '페타바이트', '페타']);
def('bytes', K ** 6, ['eb', 'eib', 'exabyte', 'exabytes']);
def('bps', 1, ['bps', 'bit/s']);
def('bps', 1e3, ['kbps', 'kbit/s', 'kb/s']);
def('bps', 1e6, ['mbps', 'mbit/s']);
def('bps', 1e9, ['gbps', 'gbit/s']);
def('bps', 1e12, ['tbps']);
def('Bps', K, ['kib/s']);
def('Bps', K ** 2, ['mib/s', 'mibps']);
def('Bps', K ** 3, ['gib/s', 'gibps']);
def('percent', 1, ['%', 'percent', 'pct', '퍼센트', '프로']);
def('iops', 1, ['iops']);
def('km', 1, ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', '킬로미터']);
def('km', 1.609344, ['mile', 'miles', '마일']);
def('per-s', 1, ['rps', 'tps', 'req/s', 'requests/s', '/s', '/sec', '/초', 'per second', 'requests per second', 'transactions per second', 'messages per second']);
def('count', 1, ['개', '가지', '종류', '종', '곳', '대', '건', '회', '번', '명']);

/** Spellings whose letter case decides the unit ("MB/s" is bytes per second, "Mb/s" bits). */
const CASED: Record<string, UnitDef> = {
  'MB/s': { family: 'Bps', factor: K ** 2 },
  'GB/s': { family: 'Bps', factor: K ** 3 },
  'KB/s': { family: 'Bps', factor: K },
  'MBps': { family: 'Bps', factor: K ** 2 },
  'GBps': { family: 'Bps', factor: K ** 3 },
  'Mb/s': { family: 'bps', factor: 1e6 },
  'Gb/s': { family: 'bps', factor: 1e9 },
};

/** Every spelling, longest first, for scanning after a number. */
export const UNIT_SPELLINGS: { text: string; def: UnitDef; cased: boolean }[] = [
  ...Object.entries(CASED).map(([text, d]) => ({ text, def: d, cased: true })),
  ...Object.entries(UNITS).map(([text, d]) => ({ text, def: d, cased: false })),
].sort((a, b) => b.text.length - a.text.length);

/** A unit as written in a fact record ("s", "MB", "count", "per-s"…). */
export function unitOf(name: string | undefined): UnitDef | undefined {
  if (!name) return { family: 'count', factor: 1 };
  if (CASED[name]) return CASED[name];
  const lower = name.toLowerCase();
  // the canonical unit names of README.md
  const canonical: Record<string, UnitDef> = {
    count: { family: 'count', factor: 1 },
    'b/s': { family: 'Bps', factor: 1 },
    'per-s': { family: 'per-s', factor: 1 },
    percent: { family: 'percent', factor: 1 },
    iops: { family: 'iops', factor: 1 },
  };
  if (canonical[lower]) return canonical[lower];
  return UNITS[lower];
}

export const CANONICAL: Record<UnitFamily, string> = {
  time: 's',
  bytes: 'B',
  bps: 'bps',
  Bps: 'B/s',
  count: 'count',
  percent: 'percent',
  iops: 'iops',
  km: 'km',
  'per-s': 'per-s',
};

/** Two canonical values are the same claim: bytes within 3 % (KB/KiB, "50 TB = 48.8 TiB"), else near-exact. */
export function sameValue(a: number, b: number, family: UnitFamily, approx = false): boolean {
  if (a === b) return true;
  // bytes: KB vs KiB; time: "15개월" is 450 days against AWS's 455
  const tolerance = approx ? 0.1 : family === 'bytes' || family === 'Bps' ? 0.03 : family === 'time' ? 0.02 : 1e-9;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

// ---- writing a value back in the writer's style ---------------------------------------------------------

/** Units per family and writing style, smallest first. */
const STYLES: Partial<Record<UnitFamily, Record<string, [string, number][]>>> = {
  time: {
    ko: [['초', 1], ['분', 60], ['시간', 3600], ['일', 86400]],
    abbr: [['s', 1], ['min', 60], ['h', 3600], ['d', 86400]],
    Abbr: [['Sec', 1], ['Min', 60], ['Hr', 3600], ['Day', 86400]],
    word: [['seconds', 1], ['minutes', 60], ['hours', 3600], ['days', 86400]],
    Word: [['Seconds', 1], ['Minutes', 60], ['Hours', 3600], ['Days', 86400]],
  },
  bytes: {
    dec: [['B', 1], ['KB', K], ['MB', K ** 2], ['GB', K ** 3], ['TB', K ** 4], ['PB', K ** 5]],
    bin: [['B', 1], ['KiB', K], ['MiB', K ** 2], ['GiB', K ** 3], ['TiB', K ** 4], ['PiB', K ** 5]],
    ko: [['바이트', 1], ['킬로바이트', K], ['메가바이트', K ** 2], ['기가바이트', K ** 3], ['테라바이트', K ** 4]],
  },
  bps: { abbr: [['bps', 1], ['Kbps', 1e3], ['Mbps', 1e6], ['Gbps', 1e9]] },
  Bps: { abbr: [['MiB/s', K ** 2], ['GiB/s', K ** 3]] },
};

function styleOf(family: UnitFamily, unitText: string): string | undefined {
  const styles = STYLES[family];
  if (!styles) return undefined;
  const t = unitText;
  if (family === 'time') {
    if (/[\uac00-\ud7a3]/.test(t)) return 'ko';
    if (/^(seconds?|minutes?|hours?|days?)$/.test(t)) return 'word';
    if (/^(Seconds?|Minutes?|Hours?|Days?)$/.test(t)) return 'Word';
    if (/^[A-Z]/.test(t)) return 'Abbr';
    return 'abbr';
  }
  if (family === 'bytes') {
    if (/[\uac00-\ud7a3]/.test(t)) return 'ko';
    if (/i/.test(t)) return 'bin';
    return 'dec';
  }
  return 'abbr';
}

const isNice = (n: number) => Math.abs(n - Math.round(n * 100) / 100) < 1e-9;

/** Writes `canonical` (in the family's canonical unit) like the writer wrote `unitText`. */
export function formatLike(canonical: number, family: UnitFamily, unitText: string, options: { space: boolean; grouping: boolean }): string {
  const num = (n: number) => {
    const rounded = Math.round(n * 100) / 100;
    return options.grouping || rounded >= 10_000 ? rounded.toLocaleString('en-US') : String(rounded);
  };
  const style = styleOf(family, unitText);
  const written = unitOf(unitText);
  const sep = options.space ? ' ' : '';
  if (!style || !written || written.family !== family) {
    // counts, percentages, IOPS…: keep the writer's unit text as is
    const factor = written && written.family === family ? written.factor : 1;
    return `${num(canonical / factor)}${unitText ? sep + unitText : ''}`;
  }
  const inWritten = canonical / written.factor;
  if (Number.isInteger(inWritten) && inWritten >= 1 && inWritten < 1000) return `${num(inWritten)}${sep}${unitText}`;
  if (family === 'bps' && isNice(inWritten) && inWritten >= 1 && inWritten < 1000) return `${num(inWritten)}${sep}${unitText}`;
  const ladder = STYLES[family]![style];
  for (let i = ladder.length - 1; i >= 0; i--) {
    const [name, factor] = ladder[i];
    const v = canonical / factor;
    if (v >= 1 && (Number.isInteger(v) || (family !== 'time' && isNice(v) && v >= 10))) return `${num(v)}${sep}${name}`;
  }
  return `${num(inWritten)}${sep}${unitText}`;
}

/** A readable form of a canonical value for messages, in the note's language. */
export function describeValue(canonical: number, family: UnitFamily, lang: 'ko' | 'en'): string {
  const styles = STYLES[family];
  if (family === 'time') {
    const ladder = lang === 'ko' ? styles!.ko : [['second', 1], ['minute', 60], ['hour', 3600], ['day', 86400]] as [string, number][];
    for (let i = ladder.length - 1; i >= 0; i--) {
      const v = canonical / ladder[i][1];
      if (v >= 1 && Number.isInteger(v)) return lang === 'ko' ? `${fmt(v)}${ladder[i][0]}` : `${fmt(v)} ${ladder[i][0]}${v === 1 ? '' : 's'}`;
    }
    if (canonical < 1 && canonical > 0) return lang === 'ko' ? `${fmt(canonical * 1000)}밀리초` : `${fmt(canonical * 1000)} ms`;
    return lang === 'ko' ? `${fmt(canonical)}초` : `${fmt(canonical)} seconds`;
  }
  if (family === 'bytes' || family === 'bps' || family === 'Bps') {
    const ladder = styles![family === 'bytes' ? 'dec' : 'abbr'];
    for (let i = ladder.length - 1; i >= 0; i--) {
      const v = canonical / ladder[i][1];
      if (v >= 1 && (isNice(v) || v >= 100)) return `${fmt(v)} ${ladder[i][0]}`;
    }
    return `${fmt(canonical)} ${ladder[0][0]}`;
  }
  switch (family) {
    case 'percent':
      return `${fmt(canonical)}%`;
    case 'iops':
      return `${fmt(canonical)} IOPS`;
    case 'km':
      return `${fmt(canonical)} km`;
    case 'per-s':
      return lang === 'ko' ? `초당 ${fmt(canonical)}` : `${fmt(canonical)} per second`;
    default:
      return lang === 'ko' ? `${fmt(canonical)}개` : fmt(canonical);
  }
}

function fmt(n: number): string {
  // keep the nines of "99.999999999%", round everything else to two decimals
  const r = n > 99 && n < 100 ? Math.round(n * 1e9) / 1e9 : Math.round(n * 100) / 100;
  return r >= 10_000 ? r.toLocaleString('en-US', { maximumFractionDigits: 9 }) : String(r);
}
