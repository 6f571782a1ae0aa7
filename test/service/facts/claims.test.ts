// Claim extraction: numbers with units and qualifiers, ranges, subjects (in the claim, inherited from the
// list item, topic line or heading), and polarity with Korean and English negation.
import assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/service';
import { extractClaims, polarityAt, subjectsAt, type Claim } from '../../../server/service/claims';
import { factKnowledge } from '../../helpers/factKnowledge';

const service = createLanguageService({ knowledge: factKnowledge() });
let n = 0;
const analyze = (text: string) => service.analyze({ uri: `mem://claims-${n++}.md`, text });
const claimsOf = (text: string) => extractClaims(analyze(text));
const only = (text: string): Claim => {
  const claims = claimsOf(text);
  assert.equal(claims.length, 1, `one claim in ${JSON.stringify(text)}: ${claims.map((c) => c.text).join(' | ')}`);
  return claims[0];
};
const quantities = (text: string) => claimsOf(text).flatMap((c) => c.quantities);
const describe1 = (text: string) => quantities(text).map((q) => `${q.text}=${q.value}${q.unit === 'count' ? '' : ' ' + q.unit}${q.qualifier === 'none' ? '' : ' ' + q.qualifier}`);

describe('claim extraction: quantities', () => {
  const K = 1024;
  const cases: [string, number, string][] = [
    ['15분', 900, 's'],
    ['900초', 900, 's'],
    ['15 min', 900, 's'],
    ['900 seconds', 900, 's'],
    ['12시간', 43200, 's'],
    ['4 days', 345600, 's'],
    ['14일', 1209600, 's'],
    ['10GB', 10 * K ** 3, 'B'],
    ['10 GiB', 10 * K ** 3, 'B'],
    ['256 KB', 256 * K, 'B'],
    ['256 KiB', 256 * K, 'B'],
    ['10,240 MB', 10240 * K ** 2, 'B'],
    ['1.25Gbps', 1.25e9, 'bps'],
    ['72%', 72, 'percent'],
    ['5개', 5, 'count'],
    ['6가지', 6, 'count'],
    ['초당 3,500건', 3500, 'per-s'],
    ['16,000 IOPS', 16000, 'iops'],
  ];
  for (const [text, value, unit] of cases) {
    it(`reads ${text} as ${value} ${unit}`, () => {
      const [q] = quantities(`값은 ${text}이다`);
      assert.ok(q, `no quantity in ${text}`);
      assert.equal(q.value, value);
      assert.equal(q.unit, unit);
    });
  }

  it('treats KB and KiB as the same number of bytes', () => {
    assert.equal(quantities('최대 256KB')[0].value, quantities('최대 256KiB')[0].value);
  });

  it('reads the qualifier the writer used, before or after the number', () => {
    assert.deepEqual(describe1('최대 15분'), ['15분=900 s max']);
    assert.deepEqual(describe1('기본값은 30초'), ['30초=30 s default']);
    assert.deepEqual(describe1('디폴트 30초'), ['30초=30 s default']);
    assert.deepEqual(describe1('(Default : 15 Min)'), ['15 Min=900 s default']);
    assert.deepEqual(describe1('최소 3개의 데이터 센터'), ['3개=3 min']);
    assert.deepEqual(describe1('up to 15 read replicas'), ['15=15 max']);
    assert.deepEqual(describe1('the default is 30 seconds'), ['30 seconds=30 s default']);
    assert.deepEqual(describe1('15분까지 실행'), ['15분=900 s max']);
    assert.deepEqual(describe1('15분 이하'), ['15분=900 s max']);
    assert.deepEqual(describe1('15분 미만이다'), ['15분=900 s max']);
    assert.deepEqual(describe1('100 buckets per account by default'), ['100=100 default']);
    const [q] = quantities('15분 이상 돌 수 없다');
    assert.equal(q.qualifier, 'max', 'a negated minimum is a maximum');
    const [weak] = quantities('80개 이상의 가용 영역');
    assert.equal(weak.qualifier, 'min');
    assert.equal(weak.weak, true, '"N개 이상의 X" describes; it states no minimum');
  });

  it('reads ranges, the first end taking the second unit', () => {
    assert.deepEqual(describe1('메모리 128MB ~ 10GB'), [`128MB=${128 * K ** 2} B min`, `10GB=${10 * K ** 3} B max`]);
    assert.deepEqual(describe1('0초~12시간'), ['0초=0 s min', '12시간=43200 s max']);
    assert.deepEqual(describe1('1–20 s'), ['1=1 s min', '20 s=20 s max']);
    assert.deepEqual(describe1('최소 0초 최대 12시간'), ['0초=0 s min', '12시간=43200 s max']);
    assert.deepEqual(describe1('1초부터 최대 20초'), ['1초=1 s min', '20초=20 s max']);
  });

  it('leaves names, identifiers, dates, list numbers, ratios and ports alone', () => {
    assert.deepEqual(describe1('Route 53과 S3, EC2, us-east-1, gp3'), []);
    assert.deepEqual(describe1('10.0.0.0/16 대역, 2023년, 3-tier 구조'), []);
    assert.deepEqual(describe1('읽기 : 쓰기 = 8 : 2'), []);
    assert.deepEqual(describe1('포트 443과 80 port'), []);
    assert.deepEqual(describe1('(1) 단순 라우팅'), []);
  });

  it('reads Korean and English number words with a counter or unit', () => {
    assert.deepEqual(describe1('각 리전에 하나씩'), ['하나=1']);
    assert.deepEqual(describe1('두 개의 AZ'), ['두 개=2']);
    assert.deepEqual(describe1('five minutes'), ['five minutes=300 s']);
  });
});

describe('claim extraction: scope and subject', () => {
  it('splits prose into sentences and keeps a bare parenthetical with the sentence before it', () => {
    const claims = claimsOf('- 가시성 제한 시간을 바꿀 수 있다. (Default : 15 Min)\n- 다른 항목이다. 두 번째 문장이다.');
    assert.deepEqual(claims.map((c) => c.text), ['가시성 제한 시간을 바꿀 수 있다. (Default : 15 Min)', '다른 항목이다.', '두 번째 문장이다.']);
  });

  it('joins soft line breaks inside a sentence and splits at Korean sentence endings', () => {
    const claims = claimsOf('SQS 의 기능으로\n기본 30초로 세팅됨\n다음 줄은 새 문장');
    assert.deepEqual(claims.map((c) => c.text), ['SQS 의 기능으로\n기본 30초로 세팅됨', '다음 줄은 새 문장']);
  });

  it('takes the subject from the heading when the list item names none ("### Lambda … - 함수 실행 시간: 최대 15분")', () => {
    const claims = claimsOf('### Lambda\n- 단점\n    - 함수 실행 시간: 최대 15분\n');
    const c = claims.find((x) => x.text.includes('15분'))!;
    assert.deepEqual(c.mentions, []);
    assert.deepEqual(c.context.map((x) => `${x.conceptId}/${x.from}`), ['lambda/heading']);
    assert.equal(subjectsAt(c, c.quantities[0])[0].conceptId, 'lambda');
  });

  it('takes the subject from a topic line above a more indented list ("1. AWS Route 53" then "  - 라우팅 정책: 6가지")', () => {
    const claims = claimsOf('### 엣지\n1. AWS Route 53\n  - DNS 서비스\n  - 라우팅 정책 : 6가지 정책\n');
    const c = claims.find((x) => x.text.includes('6가지'))!;
    assert.equal(c.context[0].conceptId, 'route-53');
  });

  it('takes the subject from the parent list item', () => {
    const c = claimsOf('- Amazon SQS는 메시지 큐\n  - 기본 30초')[1];
    assert.equal(c.context[0].conceptId, 'sqs');
  });

  it('gives each number the subject right before it ("RDS는 5개 오로라는 15개")', () => {
    const c = only('읽기 전용 복제본을 RDS는 5개 오로라는 15개를 만들 수 있다.');
    const [five, fifteen] = c.quantities;
    assert.equal(subjectsAt(c, five, { beforeOnly: true })[0].conceptId, 'rds');
    assert.equal(subjectsAt(c, fifteen, { beforeOnly: true })[0].conceptId, 'aurora');
  });

  it('does not take a compared concept as the subject ("VPC 피어링의 상위 개념", "unlike SQS")', () => {
    const c = only('VPC 피어링의 더 상위 개념이지만 동일 리전만 연결한다');
    assert.equal(c.mentions[0].conceptId, 'vpc-peering');
    assert.equal(c.mentions[0].aside, true);
    const e = only('Unlike SQS, it pushes messages');
    assert.equal(e.mentions[0].aside, true);
  });

  it('makes a table row one claim whose cells and header cells count', () => {
    const claims = claimsOf('| 서비스 | 최대 실행 시간 |\n|---|---|\n| Lambda | 15분 |\n');
    assert.equal(claims.length, 1);
    const c = claims[0];
    assert.equal(c.kind, 'tableRow');
    assert.deepEqual(c.parts.map((p) => `${p.role}:${p.column}`), ['header:0', 'header:1', 'cell:0', 'cell:1']);
    assert.equal(subjectsAt(c, c.quantities[0])[0].conceptId, 'lambda');
  });

  it('marks questions so they are never reported', () => {
    assert.equal(only('VPC 피어링은 전이적 라우팅이 가능할까?').question, true);
    assert.equal(only('Is VPC peering transitive?').question, true);
    assert.equal(only('VPC 피어링은 전이적 라우팅이 불가능하다.').question, false);
  });
});

describe('claim extraction: polarity', () => {
  const polarity = (text: string, keyword: string) => {
    const analysis = analyze(text);
    const claims = extractClaims(analysis);
    const at = text.indexOf(keyword);
    const claim = claims.find((c) => at >= c.start && at < c.end)!;
    return polarityAt(analysis, claim, { start: at, end: at + keyword.length });
  };
  const cases: [string, string, string][] = [
    ['VPC 피어링은 전이적 라우팅 가능', '전이적', 'positive'],
    ['VPC 피어링은 전이적 라우팅 불가', '전이적', 'negative'],
    ['VPC 피어링은 전이적 라우팅을 지원하지 않는다', '전이적', 'negative'],
    ['VPC 피어링은 전이적 라우팅이 안 된다', '전이적', 'negative'],
    ['VPC 피어링은 전이적 라우팅 안됨', '전이적', 'negative'],
    ['VPC 피어링으로는 전이적 라우팅을 못 한다', '전이적', 'negative'],
    ['VPC 피어링에 전이적 라우팅은 없다', '전이적', 'negative'],
    ['VPC 피어링은 전이적 라우팅 미지원', '전이적', 'negative'],
    ['전이적 라우팅 : X', '전이적', 'negative'],
    ['전이적 라우팅 ✗', '전이적', 'negative'],
    ['VPC 피어링에서 전이적 라우팅이 불가능하지 않다', '전이적', 'positive'],
    ['VPC 피어링은 비전이적이다', '전이적', 'negative'],
    ['VPC peering supports transitive routing', 'transitive', 'positive'],
    ['VPC peering does not support transitive routing', 'transitive', 'negative'],
    ['VPC peering cannot do transitive routing', 'transitive', 'negative'],
    ['VPC peering: no transitive routing', 'transitive routing', 'negative'],
    ["VPC peering can't do transitive routing", 'transitive routing', 'negative'],
    ['Transitive routing is not supported by VPC peering', 'Transitive', 'negative'],
    ['VPC peering is never transitive', 'transitive', 'negative'],
    ['VPC peering is non-transitive', 'transitive', 'negative'],
    ['VPC 피어링은 전이적 라우팅 가능, SG는 불가', '전이적', 'positive'],
    ['지원되지 않는 구성에는 전이적 피어링이 있습니다', '전이적', 'unknown'],
    ['Standby는 읽기 불가 (Multi-AZ는 읽기 분산 용도가 아님)', '읽기', 'negative'],
    ['Allow Rule (OK), Deny Rules (X)', 'Deny', 'negative'],
  ];
  for (const [text, keyword, expected] of cases) {
    it(`${expected}: ${text}`, () => assert.equal(polarity(text, keyword), expected));
  }
});
