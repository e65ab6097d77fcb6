// `npm run bench`: speed and size figures, printed. Ratios are taken against a baseline
// measured in the same run, since these machines are shared and noisy.
import { benchStartup } from './startup';
import { benchImport } from './importSpeed';
import { benchStore } from './storeSpeed';
import { benchReport } from './reportSpeed';
import { benchEdit } from './editSpeed';
import { benchExcelMax } from './excelMax';
import { benchPptx } from './pptxSpeed';
import { benchLongTasks } from './longTasks';
import { printFigures } from './figures';

const only = process.argv[2];
const benches: Record<string, () => Promise<void>> = {
  startup: () => benchStartup(5),
  import: () => benchImport(),
  store: () => benchStore(),
  report: () => benchReport(),
  edit: () => benchEdit(),
  excelmax: () => benchExcelMax(process.argv[3]),
  pptx: () => benchPptx(),
  longtasks: () => benchLongTasks(),
};

for (const [name, run] of Object.entries(benches)) {
  if (only && only !== name) continue;
  console.log(`\n== ${name} ==`);
  await run();
}
printFigures();
