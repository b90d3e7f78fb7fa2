import type { Measure } from '../ledger/schema.js';
import type { SubjectRole, WordKey } from './params.js';

export type Lang = 'en' | 'vi';
type Text = Record<Lang, string>;

/**
 * The catalog's words and phrases that finding parameters are rendered with: every word a
 * message shows besides its template. Vietnamese in NFC.
 */
export const WORDS: Record<WordKey, Text> = {
  'sheet-hidden': { en: 'it is hidden', vi: 'trang này bị ẩn' },
  'sheet-very-hidden': { en: 'it is very hidden', vi: 'trang này bị ẩn hoàn toàn' },
  'sheet-chart': { en: 'it is a chart sheet', vi: 'đây là trang biểu đồ' },
  'value-year': { en: 'year', vi: 'năm' },
  'value-programme': { en: 'programme (KCQG, KCĐP)', vi: 'chương trình (KCQG, KCĐP)' },
  'value-level': { en: 'level (item, subtotal, total)', vi: 'cấp (chi tiết, cộng, tổng cộng)' },
  'value-measure': { en: 'measure (Kế hoạch, Thực hiện, Tỷ lệ…)', vi: 'loại số liệu (Kế hoạch, Thực hiện, Tỷ lệ…)' },
  'value-measure-column': {
    en: 'measure: this value column needs a measure column (Loại: Kế hoạch / Thực hiện)',
    vi: 'loại số liệu: cột giá trị này cần một cột loại (Loại: Kế hoạch / Thực hiện)',
  },
  'style-vi': { en: 'Vietnamese (1.234,5)', vi: 'Việt Nam (1.234,5)' },
  'style-en': { en: 'English (1,234.5)', vi: 'kiểu Anh (1,234.5)' },
  'year-no-column': { en: ': no year column, and none in the title or file name', vi: ': không có cột năm, tiêu đề và tên tệp cũng không ghi năm' },
  'year-none-in-title': { en: ': none in the title, sheet name or file name', vi: ': tiêu đề, tên trang và tên tệp đều không ghi năm' },
  none: { en: '', vi: '' },
  'values-agree': { en: '; the values agree, but each is counted', vi: '; hai giá trị bằng nhau nhưng bị tính hai lần' },
  'values-differ': { en: '; the values differ', vi: '; hai giá trị khác nhau' },
  'figures-disagree': { en: 'the relation misses in most places it was tested: the structure looks misread', vi: 'quan hệ sai ở hầu hết các chỗ được kiểm tra: cấu trúc bảng có vẻ bị đọc sai' },
  'of-which-rows': { en: 'rows', vi: 'dòng' },
  'of-which-columns': { en: 'columns', vi: 'cột' },
  'conflicting-columns': { en: 'two columns read as the same fact', vi: 'hai cột được đọc là cùng một số liệu' },
  'column-weak': { en: 'a column\'s meaning rests on a guess (its header does not say it all)', vi: 'ý nghĩa một cột là suy đoán (tiêu đề cột không nói đủ)' },
  'unreadable-figure': { en: 'a figure among them holds only a footnote mark', vi: 'có ô chỉ ghi dấu chú thích, không đọc được số' },
  'read-no-such-file': { en: 'no such file', vi: 'không có tệp này' },
  'read-encrypted': {
    en: 'password-protected (encrypted) workbook, or an Excel 97-2003 file named .xlsx; remove the password or save it as .xlsx',
    vi: 'bảng tính có mật khẩu (đã mã hóa), hoặc tệp Excel 97-2003 đặt tên .xlsx; hãy bỏ mật khẩu hoặc lưu lại ở dạng .xlsx',
  },
  'read-not-zip': { en: 'not an .xlsx package (no zip signature)', vi: 'không phải gói .xlsx (không có chữ ký zip)' },
  'read-password': { en: 'password-protected {what}: remove the password and save it again', vi: 'bảng tính có mật khẩu: hãy bỏ mật khẩu rồi lưu lại' },
  'read-damaged': { en: 'damaged {what}', vi: 'tệp {what} bị hỏng' },
  'read-damaged-detail': { en: 'damaged {what} ("{detail}")', vi: 'tệp {what} bị hỏng ("{detail}")' },
  'read-zip-damaged': { en: 'damaged zip package ("{detail}")', vi: 'gói zip bị hỏng ("{detail}")' },
  'read-not-spreadsheet': { en: 'not a spreadsheet: its first bytes match no workbook format (named {ext})', vi: 'không phải bảng tính: các byte đầu không khớp định dạng bảng tính nào (tên tệp có đuôi {ext})' },
  'read-no-workbook-part': { en: 'not a spreadsheet package: it has no workbook part', vi: 'không phải gói bảng tính: không có phần workbook' },
  'read-html-no-table': { en: 'an HTML file with no table in it', vi: 'tệp HTML không có bảng nào' },
  'read-word-no-table': { en: 'the Word document holds no table', vi: 'văn bản Word không có bảng nào' },
  'read-ole-no-workbook': { en: 'an OLE2 file that holds no workbook', vi: 'tệp OLE2 không chứa bảng tính' },
  'read-too-short': { en: 'damaged: only {n} bytes, shorter than an Excel 97-2003 header', vi: 'tệp bị hỏng: chỉ có {n} byte, ngắn hơn phần đầu của tệp Excel 97-2003' },
  'read-sheet-missing': { en: 'worksheet "{sheet}" is missing from the package (no part {part})', vi: 'trong gói thiếu trang tính "{sheet}" (không có phần "{part}")' },
  'read-dtd': { en: 'XML part {part} declares a DTD or entities, which Office packages never do (entity expansion); not read', vi: 'phần XML "{part}" khai báo DTD hoặc thực thể, điều gói Office không bao giờ làm (mở rộng thực thể); không đọc' },
  'read-row': { en: 'row {row}: "{detail}"', vi: 'dòng {row}: "{detail}"' },
  'special-fifo': { en: 'a FIFO (named pipe)', vi: 'một FIFO (đường ống có tên)' },
  'special-socket': { en: 'a socket', vi: 'một socket' },
  'special-char-device': { en: 'a character device', vi: 'một thiết bị ký tự' },
  'special-block-device': { en: 'a block device', vi: 'một thiết bị khối' },
  'special-link-loop': { en: 'a symbolic link loop', vi: 'một vòng lặp liên kết tượng trưng (symlink)' },
  'special-folder': { en: 'a folder', vi: 'một thư mục' },
  'special-file': { en: 'a special file', vi: 'một tệp đặc biệt' },
  'source-config': { en: 'expectedProvinces in the config', vi: 'expectedProvinces trong tệp cấu hình' },
  'source-title': { en: 'the title', vi: 'tiêu đề' },
  'source-sheet': { en: 'the sheet name', vi: 'tên trang tính' },
  'source-file': { en: 'the file name', vi: 'tên tệp' },
  'source-columns': { en: 'the column headers', vi: 'tiêu đề cột' },
  'unit-3': { en: 'nghìn đồng', vi: 'nghìn đồng' },
  'unit-6': { en: 'triệu đồng', vi: 'triệu đồng' },
  'unit-9': { en: 'tỷ đồng', vi: 'tỷ đồng' },
  'unit--3': { en: 'đồng (not nghìn đồng)', vi: 'đồng (không phải nghìn đồng)' },
  'unit--6': { en: 'đồng (not triệu đồng)', vi: 'đồng (không phải triệu đồng)' },
  'unit--9': { en: 'đồng (not tỷ đồng)', vi: 'đồng (không phải tỷ đồng)' },
};

export const MEASURE_WORDS: Record<Measure, Text> = {
  plan: { en: 'plan', vi: 'kế hoạch' },
  plan_adjusted: { en: 'adjusted plan', vi: 'kế hoạch điều chỉnh' },
  estimate: { en: 'estimate', vi: 'ước thực hiện' },
  actual: { en: 'actual', vi: 'thực hiện' },
  disbursed: { en: 'disbursed', vi: 'giải ngân' },
  advanced: { en: 'advanced', vi: 'tạm ứng' },
  settled: { en: 'settled', vi: 'quyết toán' },
  value: { en: 'figure', vi: 'số liệu' },
  pct_of_plan: { en: '% of plan', vi: 'tỷ lệ % so với kế hoạch' },
  ratio_prior: { en: '% of the same period last year', vi: 'tỷ lệ % so với cùng kỳ' },
  growth_prior: { en: 'growth on last year', vi: 'tăng/giảm so với cùng kỳ' },
  plan_growth: { en: 'plan growth', vi: 'tăng/giảm kế hoạch' },
  pct_of_plan_adjusted: { en: '% of adjusted plan', vi: 'tỷ lệ % so với kế hoạch điều chỉnh' },
};

export const SUBJECTS: Record<SubjectRole, Text> = {
  total: { en: 'Total "{label}"', vi: 'Dòng tổng "{label}"' },
  row: { en: 'Row "{label}"', vi: 'Dòng "{label}"' },
  line: { en: 'Line "{label}"', vi: 'Khoản "{label}"' },
  programmes: { en: 'KCQG + KCĐP figure "{label}"', vi: 'Số KCQG + KCĐP "{label}"' },
  region: { en: 'Regional total "{label}"', vi: 'Tổng vùng "{label}"' },
  column: { en: 'Column total "{label}"', vi: 'Cột tổng "{label}"' },
  figure: { en: '"{label}"', vi: '"{label}"' },
};

/** Phrases the renderer builds messages' parts from. */
export const PHRASES = {
  total: { en: 'total', vi: 'tổng' },
  programTotal: { en: '{program} total', vi: 'tổng {program}' },
  subjectMeasure: { en: '{subject} ({measure})', vi: '{subject} ({measure})' },
  exact: { en: 'compared exactly', vi: 'so sánh chính xác' },
  rounded: {
    en: 'the figures are rounded, so up to {allowance} (half a unit of the last digit of each of the {figures} figures) is accepted',
    vi: 'các số đã làm tròn nên chấp nhận lệch đến {allowance} (nửa đơn vị chữ số cuối của mỗi số trong {figures} số)',
  },
  formerProvinces: { en: ' (former provinces {list})', vi: ' (các tỉnh cũ {list})' },
  unstated: { en: '{n} (unit not stated)', vi: '{n} (không ghi đơn vị)' },
  inDong: { en: '{n} ({dong} VND)', vi: '{n} ({dong} đồng)' },
  year: { en: 'the year {year}', vi: 'năm {year}' },
  years: { en: 'the years {year}', vi: 'giai đoạn {year}' },
  wholeYear: { en: 'whole year', vi: 'cả năm' },
  monthsFromJanuary: { en: '{months} months of {year}', vi: '{months} tháng năm {year}' },
  month: { en: '{month} {year}', vi: 'tháng {m} năm {year}' },
  quarter: { en: 'Q{q} {year}', vi: 'quý {Q} năm {year}' },
  months: { en: 'months {a}–{b} of {year}', vi: 'tháng {a}–{b} năm {year}' },
} satisfies Record<string, Text>;

export const MONEY_UNITS: Record<0 | 3 | 6 | 9, Text> = {
  0: { en: 'VND', vi: 'đồng' },
  3: { en: 'thousand VND', vi: 'nghìn đồng' },
  6: { en: 'million VND', vi: 'triệu đồng' },
  9: { en: 'billion VND', vi: 'tỷ đồng' },
};

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const ROMAN = ['I', 'II', 'III', 'IV'];

export const DIMENSION_WORDS: Record<string, Text> = {
  stt: { en: 'STT (numbering)', vi: 'STT' },
  province: { en: 'province', vi: 'tỉnh' },
  province_code: { en: 'province code', vi: 'mã tỉnh' },
  year: { en: 'year', vi: 'năm' },
  period: { en: 'period', vi: 'kỳ' },
  program: { en: 'programme', vi: 'chương trình' },
  activity: { en: 'activity code', vi: 'mã hoạt động' },
  label: { en: 'label', vi: 'nội dung' },
  level: { en: 'level', vi: 'cấp' },
  measure: { en: 'measure', vi: 'loại số liệu' },
  unit: { en: 'unit', vi: 'đơn vị tính' },
  note: { en: 'note', vi: 'ghi chú' },
};

export const ROW_WORDS: Record<string, Text> = {
  total: { en: 'total', vi: 'tổng cộng' },
  section: { en: 'section', vi: 'mục' },
  line: { en: 'line', vi: 'khoản' },
  subline: { en: 'sub-line', vi: 'khoản con' },
  note: { en: 'note', vi: 'ghi chú' },
  title: { en: 'title', vi: 'tiêu đề' },
};

export const INSPECT_WORDS = {
  value: { en: 'figure', vi: 'số liệu' },
  yearOffset: { en: 'year {n}', vi: 'năm {n}' },
  line: { en: 'line "{line}"', vi: 'khoản "{line}"' },
} satisfies Record<string, Text>;

export const SEVERITY_WORDS: Record<'error' | 'warning' | 'info', Text> = {
  error: { en: 'error', vi: 'lỗi' },
  warning: { en: 'warning', vi: 'cảnh báo' },
  info: { en: 'info', vi: 'thông tin' },
};

/** The stages and checks that emit findings, as `explain` names them. */
export const STAGE_WORDS: Record<string, Text> = {
  read: { en: 'reading the file (read)', vi: 'đọc tệp' },
  layout: { en: 'layout detection (layout)', vi: 'nhận dạng bố cục biểu' },
  normalise: { en: 'normalising the figures (normalise)', vi: 'chuẩn hóa số liệu' },
  'checks/agreement': { en: 'the agreement check (checks/agreement)', vi: 'kiểm tra khớp số liệu giữa các báo cáo' },
  'checks/completeness': { en: 'the completeness check (checks/completeness)', vi: 'kiểm tra đủ báo cáo của các tỉnh' },
  'checks/duplicates': { en: 'the duplicates check (checks/duplicates)', vi: 'kiểm tra số liệu trùng' },
  'checks/of-which': { en: 'the "Trong đó" check (checks/of-which)', vi: 'kiểm tra phần "trong đó"' },
  'checks/percent-of-plan': { en: 'the percent-of-plan check (checks/percent-of-plan)', vi: 'kiểm tra tỷ lệ so với kế hoạch' },
  'checks/year-over-year': { en: 'the year-over-year check (checks/year-over-year)', vi: 'kiểm tra so với cùng kỳ' },
  'checks/cumulative-decrease': { en: 'the cumulative check (checks/cumulative-decrease)', vi: 'kiểm tra số lũy kế không giảm' },
  'checks/plan-changed': { en: 'the plan-change check (checks/plan-changed)', vi: 'kiểm tra kế hoạch thay đổi giữa các kỳ' },
  'checks/actual-above-plan': { en: 'the actual-above-plan check (checks/actual-above-plan)', vi: 'kiểm tra thực hiện vượt kế hoạch' },
  'checks/run-checks': { en: 'the check runner (checks/run-checks)', vi: 'bộ chạy kiểm tra' },
  'checks/sums': { en: 'the sums check (checks/sums)', vi: 'kiểm tra cộng tổng' },
};

export function stageWords(emittedBy: string, lang: Lang): string {
  return emittedBy.split(/,\s*/).map((s) => STAGE_WORDS[s]?.[lang] ?? s).join(', ');
}
