/** zh-CN strings of one area (one writer per file; merged in ./zh-CN.ts). */
export const scale = {
  'import.tooBigForBrowser': "“{file}”约有 {cells} 个单元格，导入时预计需要约 {needed} MB 内存，超过这个浏览器页面可用的约 {limit} MB。尚未开始读取，数据库没有改变。请把文件按年份或地区拆分后再导入，或换用 64 位的新版浏览器。",
} as const;
