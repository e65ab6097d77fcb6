import { describe, expect, it } from 'vitest';
import { restoreErrorOf } from '../../src/state/backupError';

const never = () => false;
describe('why a restore failed', () => {
  it.each([
    ['a full store, with the space needed', Object.assign(new Error('x'), { name: 'QuotaExceededError' }), (e: unknown) => (e as Error).name === 'QuotaExceededError', never, { key: 'backup.quota', detail: '12' }],
    ['a record the checks refused', new Error('图表 第 3 行: 定义不是图表'), never, () => true, { key: 'backup.damaged', detail: '图表 第 3 行: 定义不是图表' }],
    ['an id already there (Dexie wraps it)', Object.assign(new Error('BulkError'), { inner: { name: 'ConstraintError' } }), never, never, { key: 'backup.duplicate', detail: '' }],
    ['anything else, with its message', new Error('disk gone'), never, never, { key: 'backup.failed', detail: 'disk gone' }],
  ])('%s', (_, e, isQuota, isRefused, expected) => {
    expect(restoreErrorOf(e, 12, isQuota, isRefused)).toEqual(expected);
  });
});
