// Builds syntaxes/aws-notes.injection.tmLanguage.json, the TextMate grammar injected into Markdown that
// highlights AWS service names (from knowledge/concepts/*.yaml), EC2 instance types, Region codes, AZ names
// and AZ IDs, ARNs and CIDR blocks outside code.
//   node scripts/generate-grammar.mjs           write the grammar
//   node scripts/generate-grammar.mjs --check   exit 1 when the committed grammar is not what this would write
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadKnowledgeFiles } from './knowledge-plugin.mjs';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'syntaxes', 'aws-notes.injection.tmLanguage.json');

/**
 * A service, for highlighting: its canonical (first) English name starts with "Amazon" or "AWS", and it is
 * not a piece of global infrastructure or an architecture idea. (server/service/completion.ts uses the same rule.)
 */
export function isService(concept) {
  return !['architecture', 'global-infrastructure'].includes(concept.category) && /^(Amazon|AWS) /.test(concept.names?.en?.[0] ?? '');
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const HANGUL = /[\uac00-\ud7a3]/;
const ASCII_WORD = 'A-Za-z0-9_';

/** One name as a regex: separators between words are flexible (Korean may drop the space), edges are words. */
function namePattern(name, exactCase) {
  const words = name.split(/[\s\-_]+/).filter(Boolean).map(escape);
  const korean = HANGUL.test(name);
  const body = words.join(korean ? '[\\s\\-_]*' : '[\\s\\-_]+');
  const first = name.trim()[0];
  const last = name.trim().slice(-1);
  const before = HANGUL.test(first) ? '(?<![\\x{AC00}-\\x{D7A3}])' : `(?<![${ASCII_WORD}])`;
  // Korean particles follow a name directly (람다는, Lambda에서): only a Latin word continuing it stops a match
  const after = HANGUL.test(last) ? '' : `(?![${ASCII_WORD}])`;
  return `${before}${exactCase ? body : `(?i:${body})`}${after}`;
}

export function serviceNames(knowledge) {
  const names = new Map();
  for (const file of knowledge.concepts) {
    for (const concept of file.data?.concepts ?? []) {
      if (!isService(concept)) continue;
      const ambiguous = new Set(concept.ambiguous ?? []);
      for (const n of concept.names.en ?? []) names.set(n, ambiguous.has(n));
      for (const n of concept.names.abbr ?? []) names.set(n, true);
      for (const n of concept.names.ko ?? []) names.set(n, false);
    }
  }
  // longest first: an alternation takes the first alternative that matches, so "AWS Shield Advanced" beats "Shield"
  return [...names.entries()].sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

const REGION = '(?:us-gov|us-iso[bef]?|[a-z]{2})-(?:central|north|south|east|west|northeast|northwest|southeast|southwest)-\\d{1,2}';
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const HEX = '[0-9A-Fa-f]{1,4}';

export function buildGrammar(knowledge) {
  const services = serviceNames(knowledge);
  const repository = {
    arn: {
      comment: 'arn:partition:service:region:account:resource',
      match: "(?<![A-Za-z0-9_])arn:aws(?:-cn|-us-gov|-iso[a-z-]*)?:[a-z0-9-]+:[a-z0-9-]*:(?:\\d{12}|aws)?:[^\\s)\\]>\"'`\\x{AC00}-\\x{D7A3}]*[^\\s)\\]>\"'`.,;:\\x{AC00}-\\x{D7A3}]",
      name: 'string.other.arn.aws-notes',
    },
    cidr: {
      comment: 'IPv4 and compressed IPv6 CIDR blocks: 10.0.0.0/16, 0.0.0.0/0, 2001:db8::/32, ::/0',
      patterns: [
        { match: `(?<![0-9.])(?:${OCTET}\\.){3}${OCTET}/(?:3[0-2]|[12]?\\d)(?![0-9])`, name: 'constant.numeric.cidr.ipv4.aws-notes' },
        { match: `(?<![0-9A-Za-z:])(?:${HEX}(?::${HEX}){0,6})?::(?:${HEX}(?::${HEX}){0,6})?/(?:12[0-8]|1[01]\\d|[1-9]?\\d)(?![0-9])`, name: 'constant.numeric.cidr.ipv6.aws-notes' },
      ],
    },
    'availability-zone-id': {
      comment: 'AZ IDs, the same physical zone in every account: apne2-az1, use1-az6, usw2-lax1-az1',
      match: '(?<![A-Za-z0-9_.-])[a-z]{2,5}\\d{1,2}(?:-[a-z]{3}\\d)?-az\\d{1,2}(?![A-Za-z0-9_-])',
      name: 'constant.other.availability-zone-id.aws-notes',
    },
    'availability-zone': {
      comment: 'AZ names (per account): ap-northeast-2a, and Local Zones: us-west-2-lax-1a',
      match: `(?<![A-Za-z0-9_.-])${REGION}(?:[a-z]|-[a-z]{3}-\\d[a-z])(?![A-Za-z0-9_-])`,
      name: 'constant.other.availability-zone.aws-notes',
    },
    region: {
      comment: 'Region codes: ap-northeast-2, us-east-1, us-gov-west-1',
      match: `(?<![A-Za-z0-9_.-])${REGION}(?![A-Za-z0-9_-])`,
      name: 'constant.other.region.aws-notes',
    },
    'instance-type': {
      comment: 'EC2 (and db./cache.) instance types: t3.micro, c6g.xlarge, m5.2xlarge, db.r6g.large, u-6tb1.metal',
      match:
        '(?<![A-Za-z0-9_.-])(?i:(?:db\\.|cache\\.)?(?:[a-z]{1,4}\\d{1,2}[a-z]*(?:-flex)?|u-\\d+tb\\d|mac-m\\d(?:pro)?)\\.(?:nano|micro|small|medium|large|\\d{0,2}xlarge|metal(?:-\\d+xl)?))(?![A-Za-z0-9_-])',
      name: 'constant.other.instance-type.aws-notes',
    },
    'service-name': {
      comment: 'generated from knowledge/concepts/*.yaml by scripts/generate-grammar.mjs: do not edit by hand',
      match: services.length ? `(?:${services.map(([n, exact]) => namePattern(n, exact)).join('|')})` : '(?!)',
      name: 'support.class.aws-service.aws-notes',
    },
  };
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'AWS Study Notes (injected into Markdown)',
    scopeName: 'aws-notes.markdown.injection',
    comment: 'Generated by scripts/generate-grammar.mjs from knowledge/concepts/*.yaml. Run `npm run generate:grammar` after changing concept names.',
    // prose only: never in fenced, indented or inline code, link destinations, HTML, comments or front matter
    injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -markup.underline.link -comment -meta.embedded -meta.tag',
    patterns: Object.keys(repository).map((k) => ({ include: `#${k}` })),
    repository,
  };
}

export function grammarText(knowledge) {
  return `${JSON.stringify(buildGrammar(knowledge), null, 2)}\n`;
}

const isMain = process.argv[1] && new URL(import.meta.url).pathname === resolve(process.argv[1]);
if (isMain) {
  const text = grammarText(loadKnowledgeFiles(join(root, 'knowledge')));
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (committed !== text) {
      console.error(`${target} is out of date with knowledge/concepts: run \`npm run generate:grammar\` (node scripts/generate-grammar.mjs).`);
      process.exit(1);
    }
    console.log('grammar is up to date');
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
