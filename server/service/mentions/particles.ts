// Korean particles and short endings that may follow a noun: "Lambda는", "보안 그룹에서", "리전별".
// A Hangul name followed directly by more Hangul is a mention only when that Hangul starts with one of these.
const PARTICLES = [
  '은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '께', '한테', '으로', '로', '와', '과', '도', '만',
  '까지', '부터', '보다', '처럼', '이나', '나', '랑', '이랑', '하고', '이다', '입니다', '인', '이며', '이고', '란', '이란',
  '라는', '이라는', '라고', '이라고', '같은', '별', '당', '간', '용', '들', '만큼', '마다', '조차', '밖에', '뿐', '이라',
  '라', '야', '요', '임', '으로써', '로써', '으로서', '로서', '에선', '엔', '이면', '면', '이지만', '지만', '이므로',
  '므로', '이니까', '니까', '이었', '였', '이어야', '여야', '이든', '든', '내', '내의', '외', '상', '상의', '형',
];

const SORTED = [...new Set(PARTICLES)].sort((a, b) => b.length - a.length);

/** Whether the Hangul text at `at` begins with a particle (so the name before it ends there). */
export function startsWithParticle(text: string, at: number): boolean {
  for (const p of SORTED) if (text.startsWith(p, at)) return true;
  return false;
}
