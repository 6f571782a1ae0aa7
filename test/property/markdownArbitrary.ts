// Random and hostile Markdown for the property tests: real note vocabulary (Korean and English names,
// particles, claims with numbers) mixed with Markdown syntax, line-ending variants, BOM, lone surrogates,
// NUL and other control characters. Cases stay small so tens of thousands run in seconds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { sharedDir } from '../helpers/paths';

const NAMES = [
  'Lambda', 'AWS Lambda', 'lambda', '람다', '람다 함수', 'S3', 'Amazon S3', 'SQS', 'VPC', 'VPC 피어링', 'VPC peering',
  '보안 그룹', '보안그룹', 'security group', 'SG', 'TGW', 'Transit Gateway', 'Transit\nGateway', 'Kinesis Data Streams',
  'Kinesis', '키네시스', 'Shield', 'shield', 'Region', '리전', 'AZ', 'AZs', '가용 영역', 'Availability Zones', 'EC2', 'DynamoDB',
  'CloudFront', 'Route 53', 'NAT 게이트웨이', 'EBS', 'IAM', 'RDS', 'Aurora', 'ELB', 'ALB', 'NLB', 'API Gateway', 'SNS',
];
const PARTICLES = ['은', '는', '이', '가', '을', '를', '의', '에서', '으로', '와', '과', '도', '만', '까지', '별', '식', '함수'];
const CLAIMS = [
  'Lambda의 최대 실행 시간은 5분이다', 'Lambda 함수는 최대 15분까지 실행된다', 'Lambda timeout is 900 seconds',
  'S3 객체 최대 크기는 5TB', 'S3 object max size is 5 GB', 'VPC 피어링은 전이적 라우팅을 지원한다',
  'VPC peering supports transitive routing', '리전마다 가용 영역은 정확히 3개다', 'SQS 메시지 최대 크기는 256KB',
  'SQS 메시지 보존 기간은 최대 14일', 'DynamoDB 항목 최대 크기는 400 KB', 'EBS gp3 기본 IOPS는 3000',
  '보안 그룹은 상태 비저장이다', 'NACL은 상태 저장(stateful)이다', 'Security groups are stateless',
];
const SYNTAX = [
  '# ', '## ', '###### ', '####### ', '- ', '* ', '+ ', '1. ', '10) ', '> ', '>> ', '    ', '  ', '\t', '```', '```js', '~~~', '`', '``',
  '|', ' | ', '|---|---|', ':-:', '---', '***', '___', '**', '*', '_', '~~', '[', ']', '(', ')', '[x]', '[ ] ', '![', '](', '[^1]',
  '[^1]: ', '[ref]: https://example.com ', '<!--', '-->', '<div>', '</div>', '<pre>', '</pre>', '<br/>', '&amp;', '&#0;', '\\',
  'https://aws.amazon.com/lambda/', 'www.example.com', '<https://x.y/S3>', '$$', '$', '---\ntitle: x\n---', '+++', '=====', '-----',
  '<script>', '</script>', '<?', '?>', '<![CDATA[', ']]>', '<!X', '>',
];
const HOSTILE = [
  '\uFEFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '😀', '👩‍💻', '🇰🇷', '\u0000', '\u0001', '\u0007', '\u0008', '\u000B',
  '\u000C', '\u001B', '\u007F', '\u0085', '\u00A0', '\u2028', '\u2029', '\u200B', '\u200D', '\u3000', '\u0301', '\uFFFD', '\uFFFF',
  '한', 'ㄱ', 'ᄀ', '\u1100\u1161', 'é', 'ß', 'İ', 'ﬁ', 'Ω', '中', 'ا', '\u202E',
];
const EOLS = ['\n', '\r\n', '\r'];
const NUMBERS = ['15분', '900초', '5 GB', '5TB', '256 KB', '3개', '14일', '0', '-1', '1e309', '99999999999999999999', '1,000', '½'];

/** Claim sentences from the shared fact catalogue when it is there (test-time input only, never stored). */
function catalogueClaims(): string[] {
  const file = join(sharedDir, 'reference', 'aws-facts.yaml');
  if (!existsSync(file)) return [];
  try {
    const entries = parse(readFileSync(file, 'utf8')) as any[];
    const out: string[] = [];
    for (const e of entries ?? []) {
      for (const lang of ['ko', 'en']) {
        const c = e?.claims?.[lang];
        for (const t of c?.correct ?? []) if (typeof t === 'string') out.push(t);
        for (const w of c?.wrong ?? []) if (typeof w?.text === 'string') out.push(w.text);
      }
    }
    return out;
  } catch {
    return [];
  }
}

const claims = [...CLAIMS, ...catalogueClaims()];

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...PARTICLES) },
  { weight: 3, arbitrary: fc.constantFrom(...claims) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 6, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 5, arbitrary: fc.constantFrom(' ', ' ', '  ', ', ', '. ', '(', ')', ':', '-', '/') },
  { weight: 4, arbitrary: fc.constantFrom(...EOLS) },
  { weight: 2, arbitrary: fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\n\t\n') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A line-oriented Markdown note: random tokens, with one line-ending style or a mix. */
export const markdownNote: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(token, { maxLength: 40 }), fc.constantFrom('keep', '\n', '\r\n', '\r'))
  .map(([bom, tokens, eol]) => {
    let text = tokens.join('');
    if (eol !== 'keep') text = text.replace(/\r\n|\r|\n/g, eol);
    return (bom ? '\uFEFF' : '') + text;
  });

/** Structured notes: nested lists and quotes, tables and fences, so the block structure gets exercised. */
const line = fc.array(token.filter((t) => !/[\r\n]/.test(t)), { maxLength: 10 }).map((t) => t.join(''));
const prefix = fc.array(fc.constantFrom('- ', '  - ', '> ', '1. ', '    ', '  ', '* ', '>'), { maxLength: 6 }).map((p) => p.join(''));
const block: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.tuple(prefix, line).map(([p, l]) => p + l), { minLength: 1, maxLength: 8 }).map((ls) => ls.join('\n')),
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(line, { maxLength: 12 })).map(([cols, cells]) => {
    const row = (i: number) => '| ' + Array.from({ length: cols }, (_, c) => cells[(i * cols + c) % Math.max(1, cells.length)] ?? '').join(' | ') + ' |';
    return [row(0), '|' + '---|'.repeat(cols), row(1), row(2)].join('\n');
  }),
  fc.tuple(fc.constantFrom('```', '~~~', '````', '  ```'), fc.array(line, { maxLength: 4 }), fc.boolean()).map(([f, ls, closed]) => [f, ...ls, ...(closed ? [f.trim()] : [])].join('\n')),
  line.map((l) => `## ${l}`),
);
export const structuredNote: fc.Arbitrary<string> = fc
  .tuple(fc.array(block, { maxLength: 6 }), fc.constantFrom('\n\n', '\n'), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([blocks, sep, eol]) => blocks.join(sep).replace(/\n/g, eol));

export const anyNote = fc.oneof(markdownNote, structuredNote);

/** How many cases each property runs: 10,000 in `npm test`, FUZZ_RUNS in `npm run fuzz`. */
export const NUM_RUNS = Number(process.env.FUZZ_RUNS) || 10_000;
/** A fixed seed keeps `npm test` reproducible; `npm run fuzz` (or FUZZ_SEED) explores new cases. */
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261122;
/** Each property gets its own seed (`salt`), so they do not all see the same notes. */
export const fcParams = (salt = 0): fc.Parameters<unknown> => ({ numRuns: NUM_RUNS, ...(SEED !== undefined ? { seed: SEED + salt } : {}) });

/** Short paragraphs, for properties that assemble notes from several of them. */
export const smallNote: fc.Arbitrary<string> = fc.array(token, { maxLength: 12 }).map((t) => t.join(''));
