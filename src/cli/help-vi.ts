/**
 * `--help` and commander's own errors in Vietnamese. The commands declare their help in English
 * (the code's language); this table gives each text's Vietnamese, and `localiseProgram` swaps
 * them in when the run is in Vietnamese. A test fails when a command gains a text with no
 * Vietnamese here.
 */
import { Help, type Command } from './commander.js';

/** English description → Vietnamese, for commands, arguments and options. */
export const VI_DESCRIPTIONS: Record<string, string> = {
  'Reconcile Vietnamese provincial khuyến công budget reports: percent of plan, year over year, totals.': 'Đối chiếu báo cáo kinh phí khuyến công của các tỉnh: tỷ lệ so với kế hoạch, so với cùng kỳ, cộng tổng.',
  'JSON config file (severities, number style…)': 'tệp cấu hình JSON (mức độ, kiểu số…)',
  'JSON mapping file overriding layout detection for odd sheets': 'tệp ánh xạ JSON thay cho việc tự nhận dạng bố cục của các trang khác thường',
  'a finding code (e.g. percent-of-plan-mismatch), or a report file': 'mã phát hiện (ví dụ percent-of-plan-mismatch), hoặc tệp báo cáo',
  'accept the findings listed in this baseline file (see `budget-recon baseline`)': 'chấp nhận các phát hiện có trong tệp baseline này (xem `budget-recon baseline`)',
  'also write the HTML report (self-contained, with charts)': 'ghi thêm trang HTML (một tệp, có biểu đồ)',
  'also write the summary workbook (conference tables)': 'ghi thêm bảng tính tổng hợp (các bảng cho hội nghị)',
  'articles or narrative reports: .txt, .md, .docx, or folders of them': 'bài viết hoặc báo cáo bằng lời: .txt, .md, .docx, hoặc thư mục chứa chúng',
  'check the figures quoted in prose (.txt, .md, .docx) against the reports': 'kiểm tra các số liệu nêu trong văn bản (.txt, .md, .docx) với các báo cáo',
  'csv or jsonl': 'csv hoặc jsonl',
  'describe a finding code; or, given a file and a cell, how that figure was read and what it takes part in': 'giải thích một mã phát hiện; hoặc, với một tệp và một ô, số liệu đó được đọc thế nào và nằm trong những quan hệ nào',
  'exit 1 on findings of this severity or worse': 'thoát với mã 1 khi có phát hiện ở mức này hoặc nặng hơn',
  'files or folders': 'tệp hoặc thư mục',
  'files, folders or globs (folders are read recursively: .xlsx, .xlsm, .xls, .xlsb, .ods, .fods, .xml, .htm, .html, .docx, .doc, .csv, .tsv, .txt)': 'tệp, thư mục hoặc mẫu tên (thư mục được đọc cả thư mục con: .xlsx, .xlsm, .xls, .xlsb, .ods, .fods, .xml, .htm, .html, .docx, .doc, .csv, .tsv, .txt)',
  'language of messages': 'ngôn ngữ của thông báo',
  'language of the comments and messages (en, vi)': 'ngôn ngữ của chú thích và thông báo (en, vi)',
  "last year's reports (last year's plan and actuals)": 'báo cáo năm trước (kế hoạch và thực hiện năm trước)',
  "last year's reports": 'báo cáo năm trước',
  "last year's reports, as for check": 'báo cáo năm trước, như với lệnh check',
  "last year's reports, for growth and same-period comparisons": 'báo cáo năm trước, để tính tăng/giảm và so với cùng kỳ',
  "last year's reports, for the relations across years": 'báo cáo năm trước, cho các quan hệ giữa các năm',
  'last year\'s reports: read for agreement with this year\'s "cùng kỳ" figures only': 'báo cáo năm trước: chỉ đọc để đối chiếu với số "cùng kỳ" của năm nay',
  'list, for each number, the ledger facts and cells it comes from': 'liệt kê, với mỗi con số, các số liệu và ô mà nó được tính từ đó',
  'money unit of the workbook, page and paragraph: trieu (million đồng), ty (billion), dong': 'đơn vị tiền của bảng tính, trang và đoạn văn: trieu (triệu đồng), ty (tỷ đồng), dong (đồng)',
  'no byte order mark': 'không ghi dấu thứ tự byte (BOM)',
  'other reports read with it (the regional summary, the other months), for the relations across reports': 'các báo cáo khác đọc cùng (biểu tổng hợp vùng, các tháng khác), cho các quan hệ giữa các báo cáo',
  'output format': 'định dạng đầu ra',
  'output format, or several separated by commas (text, json, junit, sarif, github)': 'định dạng đầu ra, hoặc nhiều định dạng cách nhau bằng dấu phẩy (text, json, junit, sarif, github)',
  'print the normalised ledger: one line per reported figure': 'in sổ số liệu đã chuẩn hóa: mỗi số liệu báo cáo một dòng',
  'read reports, run every check, print the findings': 'đọc báo cáo, chạy mọi phép kiểm tra, in các phát hiện',
  'replace an existing file': 'ghi đè tệp đã có',
  'show what was detected in each sheet: title facts, header rows, column meanings and units, number style, row roles': 'cho xem những gì nhận dạng được ở mỗi trang: thông tin tiêu đề, dòng tiêu đề bảng, ý nghĩa và đơn vị của cột, kiểu số, vai trò của dòng',
  'start the CSV with a UTF-8 byte order mark, so that Excel shows Vietnamese right (default on Windows)': 'ghi dấu BOM UTF-8 ở đầu tệp CSV để Excel hiển thị đúng tiếng Việt (mặc định trên Windows)',
  'text or json (for a cell)': 'text hoặc json (cho một ô)',
  'text or json': 'text hoặc json',
  'text: errors only, and the total; no progress on the terminal': 'text: chỉ in lỗi, và dòng tổng; không hiện tiến độ trên màn hình',
  'no progress on the terminal': 'không hiện tiến độ trên màn hình',
  'csv, jsonl or parquet': 'csv, jsonl hoặc parquet',
  'read only share i of n of the files (every n-th file in name order, from the i-th): for CI jobs run side by side': 'chỉ đọc phần thứ i trong n phần của các tệp (theo thứ tự tên, cứ n tệp lấy một, bắt đầu từ tệp thứ i): cho các tác vụ CI chạy song song',
  'files read at once, each in a worker thread (a number, or auto)': 'số tệp đọc cùng lúc, mỗi tệp trong một luồng riêng (một số, hoặc auto)',
  'the number of cores for 128 files or 2 MB and more, else 1': 'số lõi CPU khi có từ 128 tệp hoặc 2 MB trở lên, nếu không thì 1',
  'the page': 'trang HTML',
  'the paragraph (it is also printed)': 'đoạn văn (cũng được in ra)',
  'the reports the text summarises (files or folders, as for check)': 'các báo cáo mà văn bản tóm tắt (tệp hoặc thư mục, như với lệnh check)',
  'the workbook': 'bảng tính',
  'where to write it': 'nơi ghi tệp',
  'why these findings are accepted (kept with each entry)': 'lý do chấp nhận các phát hiện này (ghi kèm mỗi mục)',
  "with a file: the cell, as Excel writes it (D12, 'Báo cáo'!D12)": "với một tệp: ô, viết như Excel (D12, 'Báo cáo'!D12)",
  'write a baseline file accepting the current errors and warnings, so that only new findings fail': 'ghi tệp baseline chấp nhận các lỗi và cảnh báo hiện có, để chỉ phát hiện mới làm lệnh thất bại',
  'write a commented starter config (budget-recon.json)': 'ghi tệp cấu hình mẫu có chú thích (budget-recon.json)',
  'write the conference material in one run: workbook, HTML page and paragraph': 'ghi tài liệu hội nghị trong một lần chạy: bảng tính, trang HTML và đoạn văn',
  'write the conference paragraph: plan, actual, % of plan, last year, programmes, activities, counts': 'viết đoạn văn cho hội nghị: kế hoạch, thực hiện, tỷ lệ so với kế hoạch, năm trước, các chương trình, nội dung, chỉ tiêu',
  'write the findings to this file (UTF-8) instead of standard output; with several formats, the name of each with its extension': 'ghi các phát hiện vào tệp này (UTF-8) thay vì in ra màn hình; với nhiều định dạng, tên của từng tệp theo phần mở rộng của nó',
  'write to a file (UTF-8) instead of standard output': 'ghi vào tệp (UTF-8) thay vì in ra màn hình',
  'display help for command': 'hiển thị trợ giúp của lệnh',
  'output the version number': 'in số phiên bản',
  'display help for command ': 'hiển thị trợ giúp của lệnh',
};

const EXIT_CHECK = 'Mã thoát: 0 không có phát hiện nào ở mức --fail-on trở lên (mặc định "error"); 1 có\n(kể cả một tệp không đọc được); 2 công cụ không chạy được (tham số hoặc cấu hình sai).';

/** The text after each command's options, in Vietnamese: what it is for, and the same examples. */
export const VI_AFTER: Record<string, string> = {
  check: `
Ví dụ:
  $ budget-recon check fixtures/samples
  $ budget-recon check reports/ --format json -o findings.json
  $ budget-recon check reports/ --format json,sarif -o out/budget-recon
  $ budget-recon check reports/ --out summary.xlsx --lang vi
  $ budget-recon check reports/ --fail-on warning --config budget-recon.json

--shard i/n kiểm tra một phần của các tệp (cho các tác vụ CI chạy song song); khi đó các phép
kiểm tra giữa các báo cáo (khớp với biểu tổng hợp vùng, đủ tỉnh) chỉ thấy các báo cáo của phần đó.

Nhiều định dạng trong một lần chạy: -o đặt tên cho từng tệp, mỗi tệp một phần mở rộng riêng
(.txt, .json, .junit.xml, .sarif, .github.txt) thay cho phần mở rộng đã cho.

${EXIT_CHECK}`,
  report: `
Ví dụ:
  $ budget-recon report reports/2024 --prior reports/2023 --lang vi
  $ budget-recon report reports/2024 --out hoi-nghi.xlsx --html hoi-nghi.html --unit ty

Mã thoát: 0 đã ghi (các phát hiện nằm trong bảng tính và trang HTML); 2 công cụ không chạy được.`,
  narrate: `
Ví dụ:
  $ budget-recon narrate reports/2024 --prior reports/2023 --lang vi
  $ budget-recon narrate reports/2024 --unit ty --explain

Mã thoát: 0 đã viết; 1 không tỉnh nào có số liệu kinh phí; 2 công cụ không chạy được.`,
  ledger: `
Các cột (tên cố định):
  \`province_code, province, year, year_to, period, program, activity, measure, value, unit, level, label, file, sheet, cell, period_start, period_end\`
(\`year_to\`: năm cuối của một giai đoạn nhiều năm, để trống khi chỉ một năm).
Giá trị là số thập phân chính xác theo đơn vị gốc (đồng với tiền).
Parquet: cùng các cột, \`year\` và \`year_to\` là INT32 (\`year_to\` là NULL khi chỉ một năm) và giá trị
là DECIMAL(38, 18) chính xác (cần -o, hoặc đầu ra không phải màn hình). Các vấn đề gặp khi đọc được ghi ra luồng lỗi; thoát với mã 1
nếu có lỗi.

Ví dụ:
  $ budget-recon ledger fixtures/long --out ledger.csv
  $ budget-recon ledger report.xlsx --format jsonl | jq .value
  $ budget-recon ledger reports/2024 --format parquet -o ledgers/2024.parquet
  $ budget-recon ledger reports/ --shard 2/4 --format parquet -o ledgers/part-2.parquet`,
  baseline: `
Mỗi mục gồm mã phát hiện và vị trí (tệp, trang, ô) kèm lý do; sửa lý do, đưa tệp vào kho mã,
rồi chạy "check --baseline budget-recon.baseline.json": các phát hiện đã chấp nhận được bỏ qua
(và đếm riêng), mọi phát hiện khác vẫn làm lệnh thất bại.

Ví dụ:
  $ budget-recon baseline reports/ --reason "Số liệu 2023, kế toán đã chấp nhận"
  $ budget-recon check reports/ --baseline budget-recon.baseline.json`,
  explain: `
Với một ô: dòng tiêu đề bảng và ý nghĩa của cột kèm căn cứ, đơn vị và cách quy đổi, kiểu số,
kỳ, chương trình, tỉnh và vai trò của dòng, số liệu mà ô trở thành, mọi quan hệ có ô đó
(khớp hay không), và các phát hiện tại ô.

Ví dụ:
  $ budget-recon explain sum-mismatch
  $ budget-recon explain percent-of-plan-mismatch --lang vi
  $ budget-recon explain
  $ budget-recon explain "fixtures/region/faulty-2024/40-Nghệ An-2024-9thang.xlsx" "'Bao cao'!D10" \\
      --with fixtures/region/faulty-2024 --prior fixtures/region/2023
  $ budget-recon explain fixtures/samples/dong-bac-2024-9m-loi.csv I4 --lang vi`,
  inspect: `
Dùng để xem vì sao một giá trị được đọc như vậy, và để viết tệp ánh xạ cho trang có bố cục
không nhận dạng được (xem README, "Mapping file").

Ví dụ:
  $ budget-recon inspect fixtures/forms/exceljs/nghe-an-2024-9thang.xlsx
  $ budget-recon inspect odd-layout.csv --mapping odd-layout.mapping.json --format json`,
  claims: `
Mọi số tiền (triệu/tỷ đồng), số lượng (đề án, lao động, mô hình…) và tỷ lệ (đạt X% kế hoạch,
bằng X% so với cùng kỳ, tăng/giảm X% so với …) trong văn bản được báo là khớp, sai lệch
(kèm giá trị tính được và các ô) hoặc không kiểm được (kèm điều còn thiếu). Không có
--against thì các tỷ lệ và phần "trong đó" được kiểm tra với chính các số trong văn bản.

Ví dụ:
  $ budget-recon claims fixtures/claims/articles/000-phia-bac-2018.txt --against fixtures/claims/data/phia-bac
  $ budget-recon claims article.docx --against reports/2024 --prior reports/2023 --format json

Mã thoát: 0 không có số liệu sai lệch; 1 có ít nhất một; 2 công cụ không chạy được.`,
  init: `
Ví dụ:
  $ budget-recon init
  $ budget-recon init cau-hinh.json --lang vi
  $ budget-recon check reports/ --config budget-recon.json`,
};

const TITLES: Record<string, string> = { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Arguments:': 'Tham số:', 'Commands:': 'Các lệnh:', 'Global Options:': 'Tùy chọn chung:' };

/** commander's "(choices: …, default: …)" after a description. */
function extras(text: string): string {
  return text.replace(/\(choices: /g, '(giá trị: ').replace(/([(,] )?default: /g, (_m, p: string | undefined) => `${p ?? ''}mặc định: `);
}

/** commander's placeholders in usage lines. */
function words(usage: string): string {
  return usage.replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');
}

/** Help that prints its headings and commander's notes in Vietnamese. */
class VietnameseHelp extends Help {
  override styleTitle(str: string): string {
    return TITLES[str] ?? str;
  }
  override optionDescription(option: Parameters<Help['optionDescription']>[0]): string {
    return extras(super.optionDescription(option));
  }
  override argumentDescription(argument: Parameters<Help['argumentDescription']>[0]): string {
    return extras(super.argumentDescription(argument));
  }
  override subcommandTerm(cmd: Command): string {
    return words(super.subcommandTerm(cmd));
  }
  override commandUsage(cmd: Command): string {
    return words(super.commandUsage(cmd));
  }
}

function vi(text: string | undefined): string | undefined {
  return text === undefined ? undefined : VI_DESCRIPTIONS[text];
}

/** Swaps a command's texts for their Vietnamese, recursively. */
function localiseCommand(cmd: Command): void {
  const d = vi(cmd.description());
  if (d) cmd.description(d);
  for (const a of cmd.registeredArguments) {
    const t = vi(a.description);
    if (t) a.description = t;
  }
  for (const o of cmd.options) {
    const t = vi(o.description);
    if (t) o.description = t;
    const d = vi(o.defaultValueDescription);
    if (d) o.defaultValueDescription = d;
  }
  cmd.helpOption('-h, --help', VI_DESCRIPTIONS['display help for command']);
  const after = VI_AFTER[cmd.name()];
  if (after !== undefined) {
    (cmd as unknown as NodeJS.EventEmitter).removeAllListeners('afterHelp');
    cmd.addHelpText('after', after);
  }
  cmd.createHelp = () => Object.assign(new VietnameseHelp(), cmd.configureHelp());
  for (const sub of cmd.commands) localiseCommand(sub);
}

/** The program's help in Vietnamese when `lang` is vi; a no-op in English. */
export function localiseProgram(program: Command, lang: 'en' | 'vi'): void {
  if (lang !== 'vi') return;
  localiseCommand(program);
  program.helpCommand('help [lệnh]', 'hiển thị trợ giúp của lệnh');
}

const ERRORS: Array<[RegExp, string]> = [
  [/^error: unknown option '(.*?)'/, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '(.*?)'/, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '(.*?)'/, "lỗi: thiếu tham số bắt buộc '$1'"],
  [/^error: option '(.*?)' argument missing/, "lỗi: tùy chọn '$1' thiếu giá trị"],
  [/^error: option '(.*?)' argument '(.*?)' is invalid\. Allowed choices are (.*)\./, "lỗi: giá trị '$2' của tùy chọn '$1' không hợp lệ. Các giá trị được phép: $3."],
  [/^error: too many arguments(?: for '(.*?)')?\. Expected (\d+) arguments? but got (\d+)\./, 'lỗi: quá nhiều tham số. Cần $2 tham số nhưng nhận $3.'],
  [/\(Did you mean one of (.*?)\?\)/, '(Có phải ý bạn là một trong $1?)'],
  [/\(Did you mean (.*?)\?\)/, '(Có phải ý bạn là $1?)'],
  [/^\(run with --help for usage\)$/, '(chạy với --help để xem cách dùng)'],
];

/** commander's error text in Vietnamese, line by line; a line it does not know stays as it is. */
export function translateCommanderError(text: string, lang: 'en' | 'vi'): string {
  if (lang !== 'vi') return text;
  return text.split('\n').map((line) => {
    let out = line;
    for (const [re, to] of ERRORS) out = out.replace(re, to);
    return out;
  }).join('\n');
}

export { langOfArgs } from './lang.js';
