/** A blank template: the long layout the importer reads best, with two example rows. */
export function templateSheets(): { name: string; rows: unknown[][]; colWidths: number[] }[] {
  return [
    {
      name: '指标数据',
      rows: [
        ['地区', '期间', '指标', '数值', '单位', '原文'],
        ['兰州市', 2023, '行政复议纠错件数', 57, '件', '纠错57件'],
        ['温州市', 2018, '行政复议纠错率', '17.3%', '%', '纠错率17.3%'],
      ],
      colWidths: [12, 12, 26, 10, 8, 40],
    },
    {
      name: '说明',
      rows: [
        ['填写说明'],
        ['每行一个数值：地区、期间（2018 或 2011—2015）、指标名称、数值、单位。'],
        ['数值可写成 1,234、57项、17.3%、11.9万、2600余、约300；空白或“—”表示没有数据（不是 0）。'],
        ['也可以使用“地区在行、指标在列”或“地区在行、年份在列”的宽表，导入时会自动识别。'],
      ],
      colWidths: [90],
    },
  ];
}
