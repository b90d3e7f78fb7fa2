import type { Certainty, EvidenceKey } from '../ledger/doubt.js';
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
  'hidden-row': { en: 'a figure sits on a row the file hides (a working or superseded line?)', vi: 'có số liệu nằm trên dòng bị ẩn trong tệp (dòng nháp hoặc dòng cũ?)' },
  'unreadable-figure': { en: 'a figure among them holds only a footnote mark', vi: 'có ô chỉ ghi dấu chú thích, không đọc được số' },
  'ratio-span': { en: ' for the period {years}', vi: ' giai đoạn {years}' },
  'ratio-of-actual': { en: 'actual', vi: 'thực hiện' },
  'ratio-of-estimate': { en: 'estimate', vi: 'ước thực hiện' },
  'ratio-of-disbursed': { en: 'disbursed', vi: 'giải ngân' },
  'pair-guessed': { en: 'a difference column\'s two columns are named neither by its header nor by the numbering row, only borne out by the figures', vi: 'hai cột tạo ra cột chênh lệch không được tiêu đề hay dòng đánh số cột nêu, chỉ suy ra từ số liệu' },
  'column-guessed': { en: 'a column\'s meaning is weak: its cells do not bear out its header (see `inspect`)', vi: 'ý nghĩa một cột chưa chắc: các ô của cột không khớp với tiêu đề (xem `inspect`)' },
  'band-weak': { en: 'the header rows were decided weakly (from a single row of figures, or cut at their longest), and every column is read from them', vi: 'các dòng tiêu đề được xác định chưa chắc (chỉ dựa vào một dòng số liệu, hoặc bị cắt ở độ dài tối đa), mà mọi cột đều đọc từ đó' },
  'period-weak': { en: 'the report\'s period is not stated with certainty (the title names only its year, or two periods are stated)', vi: 'kỳ báo cáo không được nêu chắc chắn (tiêu đề chỉ ghi năm, hoặc có hai kỳ khác nhau được nêu)' },
  'year-weak': { en: 'the report\'s year is a guess (the latest year the columns name)', vi: 'năm báo cáo là suy đoán (năm muộn nhất mà các cột nêu)' },
  'unit-weak': { en: 'the report\'s unit is not stated with certainty (two unit lines disagree, or none is stated)', vi: 'đơn vị tính của báo cáo không được nêu chắc chắn (hai dòng đơn vị tính khác nhau, hoặc không có)' },
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
  'source-workbook': { en: 'another sheet of the workbook', vi: 'trang khác của tệp' },
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
  item: { en: 'line', vi: 'khoản' },
  subtotal: { en: 'subtotal', vi: 'tổng phụ' },
  subline: { en: 'sub-line', vi: 'khoản con' },
  note: { en: 'note', vi: 'ghi chú' },
  title: { en: 'title', vi: 'tiêu đề' },
};

export const INSPECT_WORDS = {
  value: { en: 'figure', vi: 'số liệu' },
  yearOffset: { en: 'year {n}', vi: 'năm {n}' },
  line: { en: 'line "{line}"', vi: 'khoản "{line}"' },
} satisfies Record<string, Text>;

/** How sure a reading is, as `inspect` shows it beside each decision. */
export const CERTAINTY_WORDS: Record<Certainty, Text> = {
  certain: { en: 'certain', vi: 'chắc chắn' },
  weak: { en: 'weak', vi: 'chưa chắc' },
  conflicting: { en: 'conflicting', vi: 'mâu thuẫn' },
};

/** What a layout or normalise decision rests on ({placeholders} filled from the evidence's values). */
export const EVIDENCE_WORDS: Record<EvidenceKey, Text> = {
  'band-mapping': { en: 'set by the mapping file', vi: 'theo tệp ánh xạ' },
  'band-numbering': { en: 'the column-numbering row {row} closes it', vi: 'dòng đánh số cột {row} đóng phần tiêu đề' },
  'band-data-row': { en: 'row {row} is the first row of figures', vi: 'dòng {row} là dòng số liệu đầu tiên' },
  'band-one-figure': { en: 'row {row} was taken as the first data row from one figure beside an STT', vi: 'dòng {row} được coi là dòng số liệu đầu tiên chỉ nhờ một số cạnh STT' },
  'band-cut': { en: 'cut at {n} rows: the header may reach higher', vi: 'dừng ở {n} dòng: phần tiêu đề có thể còn ở trên' },
  'kind-mapping': { en: 'set by the mapping file', vi: 'theo tệp ánh xạ' },
  'kind-long': { en: 'dimension columns: {dims}', vi: 'có các cột phân loại: {dims}' },
  'kind-summary': { en: '{n} rows name provinces', vi: '{n} dòng ghi tên tỉnh' },
  'kind-form': { en: 'rows of budget lines; {n} name a province', vi: 'các dòng là khoản mục; {n} dòng ghi tên tỉnh' },
  'from-title': { en: 'stated in the title: "{text}"', vi: 'ghi ở tiêu đề: "{text}"' },
  'from-sheet': { en: 'in the sheet name "{text}"', vi: 'trong tên trang "{text}"' },
  'from-file': { en: 'in the file name "{text}"', vi: 'trong tên tệp "{text}"' },
  'from-other-sheet': { en: 'stated on the sheet "{sheet}" of the same workbook', vi: 'ghi ở trang "{sheet}" của cùng tệp' },
  'from-columns': { en: 'from the column headers', vi: 'theo tiêu đề các cột' },
  'from-mapping': { en: 'set by the mapping file', vi: 'theo tệp ánh xạ' },
  'from-row-column': { en: 'each row states it in its own column', vi: 'mỗi dòng ghi ở cột riêng' },
  'not-stated': { en: 'stated nowhere above the table, in the sheet or file name', vi: 'không ghi ở phần trên bảng, tên trang hay tên tệp' },
  'period-year-only': { en: 'the title names only the year: the whole year is assumed', vi: 'tiêu đề chỉ ghi năm: coi là cả năm' },
  'period-conflict': { en: 'the {chosenFrom} says {chosen}, the {otherFrom} {other}', vi: '{chosenFrom} ghi {chosen}, {otherFrom} ghi {other}' },
  'province-other-list': { en: '"{text}" is a name of the {other}-province list, not of the {list} in force', vi: '"{text}" là tên theo danh mục {other} tỉnh, không phải danh mục {list} tỉnh đang áp dụng' },
  'province-national': { en: 'a national table: no province is owed', vi: 'biểu toàn quốc: không thuộc tỉnh nào' },
  'province-rows': { en: 'each row names its province', vi: 'mỗi dòng ghi tên tỉnh' },
  'unit-columns': { en: 'in the column headers', vi: 'ghi trong tiêu đề cột' },
  'unit-conflict': { en: 'the first unit line says {chosen}, another "{other}"', vi: 'dòng đơn vị tính đầu ghi {chosen}, dòng khác ghi "{other}"' },
  'program-columns': { en: 'the column headers name the programmes', vi: 'tiêu đề cột ghi chương trình' },
  'program-none': { en: 'no programme column and none in the title: each row is both programmes together', vi: 'không có cột chương trình, tiêu đề cũng không ghi: mỗi dòng là cả hai chương trình' },
  'program-rows': { en: 'not in the title or the columns: section rows name it, else both programmes together', vi: 'không ghi ở tiêu đề hay cột: theo dòng mục, nếu không thì gộp cả hai chương trình' },
  'col-header': { en: 'the header\'s words', vi: 'từ ngữ của tiêu đề cột' },
  'col-mapping': { en: 'set by the mapping file', vi: 'theo tệp ánh xạ' },
  'col-numbering-part': { en: 'declared a part of {col} by the numbering row', vi: 'dòng đánh số cột ghi là một phần của {col}' },
  'col-line-header': { en: 'figures under a header that names a budget line, not a measure', vi: 'số liệu dưới tiêu đề ghi khoản mục chứ không ghi loại số liệu' },
  'col-collision': { en: 'columns {a} and {b} read as the same fact', vi: 'cột {a} và {b} được đọc là cùng một số liệu' },
  'col-first-line': { en: 'read from the first line of its header, "{text}", alone: the rest says nothing known', vi: 'chỉ đọc theo dòng đầu của tiêu đề, "{text}": phần còn lại không nhận ra' },
  'col-gloss': { en: 'its header reads as its neighbour\'s; told apart by its English gloss "{gloss}"', vi: 'tiêu đề giống cột bên cạnh; phân biệt theo phần tiếng Anh "{gloss}"' },
  'col-province-cells': { en: 'its cells name provinces', vi: 'các ô ghi tên tỉnh' },
  'col-export-name': { en: 'an export\'s own name for a column of figures', vi: 'tên cột số liệu riêng của tệp xuất' },
  'col-label': { en: 'the first column of text: no header names the rows', vi: 'cột chữ đầu tiên: không có tiêu đề nào gọi tên các dòng' },
  'col-percent-cells': { en: 'the header names a percentage and all {n} of its figures are written as percentages', vi: 'tiêu đề ghi một tỷ lệ và cả {n} số liệu của cột đều ghi dạng phần trăm' },
  'col-profile-rate': { en: 'its figures are rates ({rates} of {n} are percentages or below 200 with decimals): never summed as money', vi: 'số liệu của cột là tỷ lệ ({rates}/{n} là phần trăm hoặc số thập phân dưới 200): không cộng như tiền' },
  'col-profile-year': { en: 'its figures are years ({years} of {n})', vi: 'số liệu của cột là năm ({years}/{n})' },
  'col-profile-words': { en: 'the header names figures, but {words} of its {n} cells are words', vi: 'tiêu đề cột ghi số liệu, nhưng {words}/{n} ô là chữ' },
  'col-profile-figures': { en: 'the header names text, but all {n} of its cells are figures', vi: 'tiêu đề cột ghi nội dung chữ, nhưng cả {n} ô đều là số' },
  'col-profile-province': { en: 'the header names provinces, but only {hits} of its {n} cells name one', vi: 'tiêu đề cột ghi tỉnh, nhưng chỉ {hits}/{n} ô ghi tên tỉnh' },
  'col-same-period-figures': { en: 'the period of {of}: {ratio} = {of} / {col} on {holds} of {tested} rows', vi: 'kỳ của {of}: {ratio} = {of} / {col} ở {holds}/{tested} dòng' },
  'col-diff-numbering': { en: 'a difference the numbering row declares: {declared}', vi: 'hiệu số do dòng đánh số cột khai báo: {declared}' },
  'col-diff-header': { en: 'a difference of {of} and {minus}, as its header says', vi: 'hiệu số của {of} và {minus}, theo tiêu đề cột' },
  'col-diff-figures': { en: 'a difference whose two columns the header does not name: taken from the figures where they bear one pair out on nearly every row', vi: 'hiệu số mà tiêu đề không nêu hai cột: lấy theo số liệu khi một cặp cột khớp ở gần như mọi dòng' },
  'col-same-period-unsettled': { en: '"cùng kỳ" names no period, and the sheet states actuals of {periods}', vi: '"cùng kỳ" không ghi kỳ, mà biểu có số thực hiện của {periods}' },
  'row-stt': { en: 'STT "{stt}"', vi: 'STT "{stt}"' },
  'row-total-label': { en: 'its label names a total', vi: 'nội dung ghi là dòng tổng' },
  'row-named-parts': { en: 'its label names its parts: {parts}', vi: 'nội dung ghi rõ các phần: {parts}' },
  'row-programme': { en: 'its label names a programme', vi: 'nội dung ghi tên chương trình' },
  'row-programme-column': { en: 'the programme column names it: a section without a row of its own', vi: 'cột chương trình ghi tên: nhóm không có dòng riêng' },
  'row-region': { en: 'its label names a region', vi: 'nội dung ghi tên vùng' },
  'row-dash': { en: 'its label opens with "{mark}"', vi: 'nội dung bắt đầu bằng "{mark}"' },
  'row-inferred': { en: 'no STT: taken as a part of the numbered line above', vi: 'không có STT: coi là một phần của khoản đánh số phía trên' },
  'row-indent': { en: 'no STT: placed by how far its label is indented', vi: 'không có STT: xếp theo mức thụt lề của tên dòng' },
  'row-no-stt': { en: 'the table numbers no rows: placed by its label alone, a guess the figures must confirm', vi: 'bảng không đánh số dòng: xếp theo tên dòng, phỏng đoán cần số liệu xác nhận' },
  'row-total-word': { en: 'no STT, its label in capitals opens with "Tổng": taken as the grand total, to be borne out by its figures', vi: 'không có STT, nhãn viết hoa bắt đầu bằng "Tổng": coi là dòng tổng cộng, chờ số liệu xác nhận' },
  'row-unnumbered': { en: 'no STT in a table that numbers its rows: placed by guess', vi: 'không có STT trong bảng có đánh số dòng: xếp theo phỏng đoán' },
  'row-label': { en: 'its label: a line', vi: 'theo nội dung: một khoản' },
  'row-level-column': { en: 'the level column states it', vi: 'cột cấp ghi rõ' },
  'row-activity-code': { en: 'its activity code names a line', vi: 'mã hoạt động ghi một khoản' },
  'row-no-line': { en: 'it names no line: the total of its province and programme', vi: 'không ghi khoản nào: dòng tổng của tỉnh và chương trình' },
  'style-numeric': { en: 'numeric cells: no style to decide', vi: 'ô kiểu số: không cần xác định kiểu' },
  'style-column': { en: '{n} figures of the column only this style reads', vi: '{n} số trong cột chỉ đọc được theo kiểu này' },
  'style-mixed': { en: '{vi} figures read only as Vietnamese, {en} only as English', vi: '{vi} số chỉ đọc được theo kiểu Việt Nam, {en} số chỉ theo kiểu Anh' },
  'style-file': { en: 'from the figures of the file\'s other columns', vi: 'theo số liệu các cột khác trong tệp' },
  'style-config': { en: 'the configured number style', vi: 'kiểu số trong cấu hình' },
  'style-learned': { en: 'learned from a figure further down', vi: 'suy ra từ một số ở dòng dưới' },
  'style-grouping': { en: '{n} figures with "{sep}" beside {short} bare numbers of at most three digits: "{sep}" groups thousands', vi: '{n} số có dấu "{sep}" bên cạnh {short} số không dấu tối đa ba chữ số: dấu "{sep}" phân cách hàng nghìn' },
  'style-file-grouping': { en: 'the file writes "{sep}" only in figures of four digits or more: it groups thousands', vi: 'tệp chỉ ghi dấu "{sep}" ở số từ bốn chữ số: dấu phân cách hàng nghìn' },
  'style-decimals': { en: '{n} figures with "{sep}" beside {long} bare numbers of four digits or more: "{sep}" marks decimals', vi: '{n} số có dấu "{sep}" bên cạnh {long} số không dấu từ bốn chữ số: dấu "{sep}" là dấu thập phân' },
  'style-file-decimals': { en: 'the file writes numbers of four digits bare: "{sep}" marks decimals', vi: 'tệp ghi số bốn chữ số không có dấu phân cách: dấu "{sep}" là dấu thập phân' },
  'style-unit': { en: 'figures in {unit} are whole numbers: "{sep}" groups thousands', vi: 'số liệu tính bằng {unit} là số nguyên: dấu "{sep}" phân cách hàng nghìn' },
  'style-undecided': { en: 'no figure that only one style reads', vi: 'không có số nào chỉ đọc được theo một kiểu' },
};

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
  'checks/stated-totals': { en: 'the stated-totals check (checks/stated-totals)', vi: 'kiểm tra số tổng đã ghi với báo cáo các tỉnh' },
  'checks/sums': { en: 'the sums check (checks/sums)', vi: 'kiểm tra cộng tổng' },
};

export function stageWords(emittedBy: string, lang: Lang): string {
  return emittedBy.split(/,\s*/).map((s) => STAGE_WORDS[s]?.[lang] ?? s).join(', ');
}
