import { describe, expect, it } from 'vitest';
import { sampleReports } from '../../src/import/sampleReports';
import { SAMPLE_ROWS } from '../../src/import/sampleRows';
import { sourceCell } from '../../src/domain/reportSource';
import { sparseText } from '../../src/domain/model';

describe('the sample data, as the reports it came from', () => {
  const reports = sampleReports();
  it('is one import per report, named by the report\'s title, holding every sample figure', () => {
    expect(reports.map((r) => r.title)).toEqual([
      '兰州市2014年依法行政工作情况汇报', '关于瀍河回族区2018年度法治政府建设的报告', '溧阳市2011—2015年法治政府建设工作总结',
      '温州市人民政府关于2018年度法治政府建设工作情况的报告', '兰州市司法局关于2023年法治政府建设情况的报告',
    ]);
    expect(reports.reduce((n, r) => n + r.blocks.reduce((m, b) => m + b.values.length, 0), 0)).toBe(SAMPLE_ROWS.length);
  });

  it('keeps each figure\'s sentence and its place in the report', () => {
    const lanzhou = reports[0];
    const b = lanzhou.blocks.find((x) => x.indicator === '行政复议审结件数')!;
    expect([...b.values]).toEqual([101]);
    expect(sparseText(b.rawRows, b.rawTexts, 0)).toBe('目前依法审结101件');
    expect(sourceCell(b.sheet, b.rows[0], b.cols[0])).toMatchObject({ kind: 'text', paragraph: 9 });
    expect(lanzhou.regionMeta).toEqual([['兰州市', '地级市', '甘肃省']]);
  });
});
