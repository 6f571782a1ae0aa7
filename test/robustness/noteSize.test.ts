// The size limit: an over-limit note is not analysed and says so with one information finding at its top;
// everything else keeps working. Same answer in the CLI and the editor because it lives in the façade.
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/service';
import { NOTE_TOO_LARGE } from '../../server/service/limits/noteSize';
import { utf8Length } from '../../server/service/text/utf8';
import { miniKnowledge } from '../helpers/miniKnowledge';

describe('note size limit (awsNotes.maxNoteSizeKB)', () => {
  const hint = { code: 'seen', severity: 'hint' as const, message: 'x', fixes: [] };
  const svc = createLanguageService({ knowledge: miniKnowledge(), checkers: [(a) => a.mentions.map((m) => ({ ...hint, start: m.start, end: m.end }))] });

  it('a 50 MB note: no mentions, exactly one information finding on the first line, in the note language', () => {
    const text = '# 큰 노트\n' + 'Lambda는 서버리스. '.repeat(Math.ceil((50 * 1024 * 1024) / 24));
    const analysis = svc.analyze({ uri: 'mem://huge.md', text });
    assert.equal(analysis.tooLarge, true);
    assert.deepEqual(analysis.mentions, []);
    const findings = svc.findings({ uri: 'mem://huge.md', text });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].code, NOTE_TOO_LARGE);
    assert.equal(findings[0].severity, 'information');
    assert.deepEqual(analysis.lines.rangeOf(findings[0].start, findings[0].end), { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
    assert.match(findings[0].message, /50\.0 MB.*2048 KB.*awsNotes\.maxNoteSizeKB/);
    assert.match(findings[0].message, /하지 않습니다/);
    assert.equal(svc.hover({ uri: 'mem://huge.md', text }, { line: 1, character: 2 }), null);
  });

  it('other notes are still served, and the limit follows the setting (UTF-8 bytes, Korean counts 3 each)', () => {
    assert.deepEqual(svc.analyze({ uri: 'mem://small.md', text: 'Lambda' }).mentions.map((m) => m.conceptId), ['lambda']);
    const korean = '람다 '.repeat(700); // 2,100 characters but 4,900 UTF-8 bytes
    assert.equal(utf8Length(korean), 4_900);
    const limited = createLanguageService({ knowledge: miniKnowledge(), settings: { maxNoteSizeKB: 4 } });
    assert.equal(limited.analyze({ uri: 'mem://k.md', text: korean }).tooLarge, true);
    const en = limited.findings({ uri: 'mem://e.md', text: 'Lambda '.repeat(700) });
    assert.match(en[0].message, /^This note is 5 KB, over the size limit of 4 KB/);
    limited.updateSettings({ maxNoteSizeKB: 8 });
    assert.equal(limited.analyze({ uri: 'mem://k.md', text: korean }).tooLarge, undefined);
    assert.equal(limited.analyze({ uri: 'mem://k.md', text: korean }).mentions.length, 700);
    limited.updateSettings({ maxNoteSizeKB: 0 }); // 0 switches the limit off
    assert.equal(limited.analyze({ uri: 'mem://big.md', text: 'x'.repeat(3 * 1024 * 1024) }).tooLarge, undefined);
  });

  it('counts UTF-8 bytes like the file on disk (surrogate pairs 4, lone surrogates 3)', () => {
    assert.equal(utf8Length('aé한😀'), 1 + 2 + 3 + 4);
    assert.equal(utf8Length('\uD800'), 3);
    assert.equal(utf8Length(''), 0);
  });
});
