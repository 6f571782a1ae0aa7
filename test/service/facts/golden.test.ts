// Golden tests over the bundled facts: every fixture note under test/fixtures/facts/<kind>/ and every seed
// note under test/fixtures/seeds/ has its expected findings beside it (<note>.expected.json: code, line,
// the text of the span, outdated, and the line after the preferred fix). `UPDATE_GOLDEN=1` rewrites them;
// the diff is the review. Notes named *-right.md must stay silent whatever the golden file says.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createNodeService } from '../../../server/node/createService';
import type { Finding } from '../../../server/service';
import { applyEdits, preferredEdits } from '../../../server/service/checks/fixes';
import { fixturesDir } from '../../helpers/paths';

const service = createNodeService();
const update = process.env.UPDATE_GOLDEN === '1';

interface Expected {
  code: string;
  line: number;
  text: string;
  outdated: boolean;
  severity: string;
  /** the line after applying this finding's preferred fix, or null when it has none */
  fix: string | null;
}

function notesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));
}

function describeFindings(text: string, findings: Finding[]): Expected[] {
  const lines = service.analyze({ uri: 'mem://golden-lines', text }).lines;
  return findings.map((f) => {
    const line = lines.positionAt(f.start).line;
    const fix = f.fixes.find((x) => x.preferred);
    let fixed: string | null = null;
    if (fix) {
      const after = applyEdits(text, fix.edits);
      const start = lines.lineStart(line);
      const endOfLine = after.indexOf('\n', start);
      fixed = after.slice(start, endOfLine < 0 ? after.length : endOfLine).replace(/\r$/, '');
    }
    return { code: f.code, line: line + 1, text: text.slice(f.start, f.end), outdated: !!f.outdated, severity: f.severity, fix: fixed };
  });
}

const factFixtures = notesIn(join(fixturesDir, 'facts'));
const seedFixtures = notesIn(join(fixturesDir, 'seeds'));

describe('fact checks: golden fixtures (bundled facts)', () => {
  for (const path of [...factFixtures, ...seedFixtures]) {
    const name = relative(fixturesDir, path);
    it(name, () => {
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      const actual = describeFindings(text, service.findings({ uri: `file:///fixtures/${name}`, text }));
      if (/-right\.md$/.test(path)) assert.deepEqual(actual, [], `${name} states only right facts`);
      const goldenPath = path.replace(/\.md$/, '.expected.json');
      if (update || !existsSync(goldenPath)) {
        if (!update) assert.fail(`${goldenPath} is missing: run with UPDATE_GOLDEN=1 and review it`);
        writeFileSync(goldenPath, JSON.stringify(actual, null, 2) + '\n');
        return;
      }
      assert.deepEqual(actual, JSON.parse(readFileSync(goldenPath, 'utf8')));
    });
  }
});

describe('fact checks: the seeds (done-when)', () => {
  const seed = (prefix: string) => {
    const path = seedFixtures.find((p) => relative(join(fixturesDir, 'seeds'), p).startsWith(prefix));
    assert.ok(path, `seed ${prefix} copied to test/fixtures/seeds`);
    const text = readFileSync(path, 'utf8');
    const analysis = service.analyze({ uri: `file:///seeds/${prefix}`, text });
    return service.findings({ uri: `file:///seeds/${prefix}`, text }).map((f) => ({ ...f, line: analysis.lines.positionAt(f.start).line + 1 }));
  };

  const flaggedOn: [string, number, RegExp, string][] = [
    ['002', 59, /^sqs-visibility-timeout-default$/, 'SQS visibility timeout "Default : 15 Min"'],
    ['002', 42, /^tgw-/, 'Transit Gateway "same Region only" / "리전~리전 간에는 VPC 피어링 필요"'],
    ['002', 126, /^route53-routing-policy-count$/, 'Route 53 "6가지 정책"'],
    ['002', 191, /^rpo-lower-is-better$/, '"RPO … 되도록이면 커야한다"'],
    ['002', 208, /^dr-strategy-order$/, 'DR "왼쪽으로 갈수록 RPO 낮고 RTO 높음"'],
    ['000', 545, /^s3-sse-aes-256$/, 'S3 "SHA256"'],
    ['000', 653, /^rds-read-replicas-max$/, '"RDS는 5개" read replicas'],
    ['000', 19, /^az-min-data-centers$/, 'AZ "최소 3개의 데이터 센터"'],
    ['001', 111, /^vpc-/, 'VPC "각 Region에 하나씩"'],
    ['003', 77, /^private-subnet-default-route-target$/, 'private route table "Target (local)"'],
  ];
  for (const [prefix, line, code, what] of flaggedOn) {
    it(`flags ${what} on ${prefix}:${line}`, () => {
      const found = seed(prefix).filter((f) => f.line === line);
      assert.ok(found.some((f) => code.test(f.code)), `findings on ${prefix}:${line}: ${found.map((f) => f.code).join(', ') || 'none'}`);
    });
  }

  it('reports "RDS는 5개" as outdated (right for MySQL/MariaDB/PostgreSQL once)', () => {
    const f = seed('000').find((x) => x.line === 653)!;
    assert.equal(f.outdated, true);
    assert.equal(f.severity, 'information');
  });

  const silentOn: [string, number, string][] = [
    ['004', 121, '기본 30초로 세팅됨 (최소 0초 최대 12시간)'],
    ['001', 83, '함수 실행 시간: 최대 15분'],
    ['002', 32, '최대 1.25Gbps까지만'],
    ['000', 477, '메모리 128MB ~ 10GB'],
    ['000', 475, 'Lambda 함수 하나의 실행 시간은 15분 미만이다'],
    ['004', 126, '대기시간은 1초부터 최대 20초'],
    ['000', 1024, 'VPN의 최대 Throughput은 1.25Gbps이다.'],
  ];
  for (const [prefix, line, what] of silentOn) {
    it(`stays silent on "${what}" (${prefix}:${line})`, () => {
      assert.deepEqual(seed(prefix).filter((f) => f.line === line).map((f) => f.code), []);
    });
  }
});

describe('fact checks: fix all converges on every fixture and seed', () => {
  for (const path of [...factFixtures, ...seedFixtures]) {
    const name = relative(fixturesDir, path);
    it(name, () => {
      const text = readFileSync(path, 'utf8');
      const uri = `mem://converge/${name}`;
      const edits = preferredEdits(service.findings({ uri, text }));
      const fixed = applyEdits(text, edits);
      const again = service.findings({ uri: `${uri}#fixed`, text: fixed });
      assert.deepEqual(again.filter((f) => f.fixes.some((x) => x.preferred)).map((f) => `${f.code} ${JSON.stringify(fixed.slice(f.start, f.end))}`), []);
      // nothing outside the edited spans moved
      let at = 0;
      let shift = 0;
      for (const e of edits) {
        assert.equal(fixed.slice(at + shift, e.start + shift), text.slice(at, e.start));
        shift += e.newText.length - (e.end - e.start);
        at = e.end;
      }
      assert.equal(fixed.slice(at + shift), text.slice(at));
      assert.equal(applyEdits(fixed, preferredEdits(again)), fixed, 'a second fix-all changes nothing');
    });
  }
});
