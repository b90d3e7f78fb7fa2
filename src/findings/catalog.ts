/** How loud a finding is: an error fails the check, a warning asks to look, info says what was decided. */
export type Severity = 'error' | 'warning' | 'info';

export type Lang = 'en' | 'vi';
type Text = Record<Lang, string>;

export interface CatalogEntry {
  title: Text;
  description: Text;
  /** Message with `{name}` placeholders filled from the finding's params. */
  template: Text;
  severity: Severity;
  /** The stage or check that emits it (for docs and `explain`). */
  emittedBy: string;
  /** A worked example, in both languages. */
  example?: Text;
}

/**
 * Every code budget-recon emits. Codes are a stable contract (JSON, SARIF, baselines): add new
 * ones, never rename. Messages in Vietnamese are NFC.
 */
export const CATALOG = {
  'file-unreadable': {
    title: { en: 'File cannot be read', vi: 'Không đọc được tệp' },
    description: {
      en: 'The input could not be opened or decoded (missing, not a spreadsheet, damaged, or password-protected). The other inputs are still processed.',
      vi: 'Không mở hoặc giải mã được tệp (không tồn tại, không phải bảng tính, bị hỏng hoặc có mật khẩu). Các tệp khác vẫn được xử lý.',
    },
    template: { en: 'Cannot read this file: {reason}', vi: 'Không đọc được tệp này: {reason}' },
    severity: 'error',
    emittedBy: 'read',
  },
  'file-generated-skipped': {
    title: { en: 'Output of budget-recon skipped', vi: 'Bỏ qua tệp do budget-recon tạo' },
    description: {
      en: 'The workbook carries budget-recon\'s mark (a custom document property): it is a summary budget-recon wrote, for example with --out into the folder being checked, not a report. It is not read.',
      vi: 'Bảng tính có dấu của budget-recon (thuộc tính tài liệu tùy chỉnh): đây là bảng tổng hợp do budget-recon ghi ra, ví dụ bằng --out vào chính thư mục đang kiểm tra, không phải báo cáo. Tệp không được đọc.',
    },
    template: { en: 'Written by {generator}: skipped, not a report', vi: 'Do {generator} ghi ra: bỏ qua, không phải báo cáo' },
    severity: 'info',
    emittedBy: 'read',
  },
  'file-unsupported': {
    title: { en: 'File type not supported', vi: 'Loại tệp không được hỗ trợ' },
    description: {
      en: 'Read are .xlsx/.xlsm, .xls (Excel 97-2003, and HTML or XML tables saved as .xls), .xlsb, .ods/.fods, SpreadsheetML 2003 .xml, .htm/.html tables, .csv, .tsv and .txt. Save other formats as .xlsx first.',
      vi: 'Đọc được .xlsx/.xlsm, .xls (Excel 97-2003, và bảng HTML hoặc XML lưu thành .xls), .xlsb, .ods/.fods, SpreadsheetML 2003 .xml, bảng .htm/.html, .csv, .tsv và .txt. Hãy lưu tệp khác ở dạng .xlsx trước.',
    },
    template: {
      en: 'Files of type "{ext}" are not read; save it as .xlsx or .csv',
      vi: 'Không đọc tệp loại "{ext}"; hãy lưu lại ở dạng .xlsx hoặc .csv',
    },
    severity: 'error',
    emittedBy: 'read',
  },
  'input-limit-exceeded': {
    title: { en: 'Input exceeds a limit', vi: 'Tệp vượt giới hạn' },
    description: {
      en: 'A bound on inputs was exceeded (file size, bytes inflated from a zip entry or package, compression ratio, sheets, cells per sheet, characters per cell, columns per row, merges, exponent of a number, time per file). The defaults are far above any real report, so the file is likely broken or hostile; it is not read further, and the other inputs are still processed. If the file is genuine, raise the limit named (limits.<key> in the config file).',
      vi: 'Tệp vượt một giới hạn đầu vào (dung lượng tệp, số byte giải nén của một mục hoặc cả gói zip, tỷ lệ nén, số trang, số ô mỗi trang, số ký tự mỗi ô, số cột mỗi dòng, số vùng gộp ô, số mũ của một số, thời gian đọc mỗi tệp). Giới hạn mặc định cao hơn nhiều so với mọi báo cáo thật, nên tệp có thể bị hỏng hoặc độc hại; tệp không được đọc tiếp, các tệp khác vẫn được xử lý. Nếu tệp là thật, hãy tăng giới hạn được nêu (limits.<khóa> trong tệp cấu hình).',
    },
    template: {
      en: 'Limit limits.{key} exceeded: {value} where at most {limit} is read{at}; the file is not read further (raise limits.{key} in the config if the file is genuine)',
      vi: 'Vượt giới hạn limits.{key}: {value}, trong khi tối đa là {limit}{at}; tệp không được đọc tiếp (nếu tệp là thật, hãy tăng limits.{key} trong tệp cấu hình)',
    },
    severity: 'error',
    emittedBy: 'read',
  },
  'input-not-regular': {
    title: { en: 'Not a regular file', vi: 'Không phải tệp thông thường' },
    description: {
      en: 'Only regular files are read. A FIFO (named pipe), a device, a socket or a symbolic link that loops or points nowhere is not opened, so it cannot make the run hang. The other inputs are still processed.',
      vi: 'Chỉ đọc tệp thông thường. FIFO (đường ống có tên), thiết bị, socket hoặc liên kết tượng trưng (symlink) lặp vòng hay trỏ tới nơi không tồn tại đều không được mở, để không làm treo lần chạy. Các tệp khác vẫn được xử lý.',
    },
    template: {
      en: 'Not read: this is {kind}, not a regular file',
      vi: 'Không đọc: đây là {kind}, không phải tệp thông thường',
    },
    severity: 'error',
    emittedBy: 'read',
  },
  'folder-without-reports': {
    title: { en: 'Folder holds no report', vi: 'Thư mục không có báo cáo' },
    description: {
      en: 'A folder named as an input is empty, or holds no file of a type that is read (.xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt …; hidden files and Office lock files are skipped), so nothing in it was checked.',
      vi: 'Thư mục được chỉ định trống, hoặc không có tệp thuộc loại được đọc (.xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt …; tệp ẩn và tệp khóa của Office được bỏ qua), nên không có gì trong đó được kiểm tra.',
    },
    template: {
      en: 'No report found in this folder ({count} entries looked at)',
      vi: 'Không tìm thấy báo cáo nào trong thư mục này (đã xem {count} mục)',
    },
    severity: 'error',
    emittedBy: 'read',
  },
  'needs-conversion': {
    title: { en: 'File must be saved in another format first', vi: 'Cần lưu tệp sang định dạng khác trước' },
    description: {
      en: 'A Word 97-2003 document (.doc) is recognised but not read; saved as .docx, its tables are checked like a workbook. (This code once meant that .xls and .ods files needed LibreOffice; they are now read directly.)',
      vi: 'Tài liệu Word 97-2003 (.doc) được nhận ra nhưng không được đọc; lưu thành .docx thì các bảng trong đó được kiểm tra như một bảng tính. (Trước đây mã này báo tệp .xls và .ods cần LibreOffice; nay chúng được đọc trực tiếp.)',
    },
    template: {
      en: 'Word 97-2003 documents ({ext}) are not read: open it in Word or LibreOffice Writer, save it as .docx (Word Document) and check that file',
      vi: 'Không đọc tài liệu Word 97-2003 ({ext}): hãy mở bằng Word hoặc LibreOffice Writer, lưu thành .docx (Word Document) rồi kiểm tra tệp đó',
    },
    severity: 'error',
    emittedBy: 'read',
  },
  'converted-with-libreoffice': {
    title: { en: 'Converted with LibreOffice (no longer emitted)', vi: 'Đã chuyển đổi bằng LibreOffice (không còn dùng)' },
    description: {
      en: 'No longer emitted: .xls and .ods files are now read directly, without LibreOffice. Kept so that baselines and configurations naming this code stay valid. It said the file had been converted to .xlsx with LibreOffice before reading.',
      vi: 'Không còn được phát ra: tệp .xls và .ods nay được đọc trực tiếp, không cần LibreOffice. Giữ lại để các tệp baseline và cấu hình có mã này vẫn hợp lệ. Trước đây mã này cho biết tệp đã được chuyển sang .xlsx bằng LibreOffice trước khi đọc.',
    },
    template: { en: 'Read through a LibreOffice conversion of this {ext} file', vi: 'Đã đọc qua bản chuyển đổi bằng LibreOffice của tệp {ext} này' },
    severity: 'info',
    emittedBy: 'read',
  },
  'encoding-converted': {
    title: { en: 'Text encoding converted', vi: 'Đã chuyển mã văn bản' },
    description: {
      en: 'The file is not UTF-8; it was decoded from the encoding named. Check the labels look right.',
      vi: 'Tệp không ở mã UTF-8; đã được giải mã từ bảng mã nêu trong thông báo. Hãy kiểm tra lại nhãn.',
    },
    template: { en: 'Read as {encoding}', vi: 'Đã đọc theo bảng mã {encoding}' },
    severity: 'info',
    emittedBy: 'read',
  },
  'sheet-skipped': {
    title: { en: 'Sheet not read', vi: 'Không đọc trang tính' },
    description: {
      en: 'A chart sheet, or a hidden worksheet, is not read: hidden sheets often hold working copies or old figures. Unhide it to have it checked.',
      vi: 'Trang biểu đồ hoặc trang tính bị ẩn không được đọc: trang ẩn thường chứa bản nháp hoặc số liệu cũ. Hãy bỏ ẩn để kiểm tra.',
    },
    template: { en: 'Sheet not read: {reason}', vi: 'Không đọc trang này: {reason}' },
    severity: 'info',
    emittedBy: 'read',
  },
  'formula-no-value': {
    title: { en: 'Formula without a saved value', vi: 'Công thức chưa có giá trị' },
    description: {
      en: 'The cell holds a formula but the file does not store its result (some programs save without calculating). Its value is unknown, never taken as zero: open and save the file in Excel or LibreOffice.',
      vi: 'Ô chứa công thức nhưng tệp không lưu kết quả (một số chương trình lưu mà không tính). Giá trị không xác định, không coi là 0: hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice.',
    },
    template: { en: 'Formula ={formula} has no saved result; the figure was not read', vi: 'Công thức ={formula} chưa có kết quả; không đọc được số liệu' },
    severity: 'error',
    emittedBy: 'normalise',
  },
  'formula-error': {
    title: { en: 'Cell shows an error', vi: 'Ô hiển thị lỗi' },
    description: {
      en: 'A figure cell shows a spreadsheet error (#DIV/0!, #REF!, #VALUE! …) instead of a number.',
      vi: 'Ô số liệu hiển thị lỗi bảng tính (#DIV/0!, #REF!, #VALUE! …) thay vì số.',
    },
    template: { en: 'The cell shows {error}{formula}', vi: 'Ô hiển thị {error}{formula}' },
    severity: 'warning',
    emittedBy: 'normalise',
  },
  'legacy-text-converted': {
    title: { en: 'Legacy Vietnamese encoding converted', vi: 'Đã chuyển mã tiếng Việt cũ' },
    description: {
      en: 'Cells held text in a pre-Unicode font encoding (TCVN3/ABC with .VnTime fonts, or VNI) and were converted to Unicode before reading. Capitals typed in an H font (.VnTimeH) are recovered where the word\'s other letters are capitals.',
      vi: 'Các ô chứa chữ theo bảng mã cũ (TCVN3/ABC với phông .VnTime, hoặc VNI) và đã được chuyển sang Unicode trước khi đọc. Chữ hoa gõ bằng phông H (.VnTimeH) được khôi phục khi các chữ khác trong từ là chữ hoa.',
    },
    template: { en: '{count} cell(s) converted from {encoding} to Unicode: {cells}', vi: 'Đã chuyển {count} ô từ {encoding} sang Unicode: {cells}' },
    severity: 'info',
    emittedBy: 'read',
  },
  'file-empty': {
    title: { en: 'No facts in file', vi: 'Tệp không có số liệu' },
    description: {
      en: 'The file was read but no reported figure was found in it.',
      vi: 'Đã đọc tệp nhưng không tìm thấy số liệu báo cáo nào.',
    },
    template: { en: 'No reported figures found in this sheet', vi: 'Không tìm thấy số liệu nào trong trang này' },
    severity: 'warning',
    emittedBy: 'normalise',
  },
  'layout-unrecognised': {
    title: { en: 'No header row recognised', vi: 'Không nhận ra dòng tiêu đề cột' },
    description: {
      en: 'No row in the first rows of the sheet looks like a header (Tỉnh, Năm, Kỳ, Kế hoạch, Thực hiện, Giá trị…). Use a mapping file for an odd layout.',
      vi: 'Không có dòng nào ở đầu trang giống dòng tiêu đề cột (Tỉnh, Năm, Kỳ, Kế hoạch, Thực hiện, Giá trị…). Dùng tệp ánh xạ cho mẫu biểu lạ.',
    },
    template: {
      en: 'No header row found in the first {rows} rows; expected columns such as Tỉnh, Năm, Kỳ, Kế hoạch, Thực hiện',
      vi: 'Không thấy dòng tiêu đề trong {rows} dòng đầu; cần các cột như Tỉnh, Năm, Kỳ, Kế hoạch, Thực hiện',
    },
    severity: 'error',
    emittedBy: 'layout',
  },
  'column-ignored': {
    title: { en: 'Column not understood', vi: 'Không hiểu cột' },
    description: {
      en: 'A header was not recognised, so its values were not read. If it holds figures, rename the header or use a mapping file.',
      vi: 'Không nhận ra tiêu đề cột nên không đọc giá trị của cột. Nếu cột chứa số liệu, hãy sửa tiêu đề hoặc dùng tệp ánh xạ.',
    },
    template: { en: 'Column "{header}" was not understood; its values are not read', vi: 'Không hiểu cột "{header}"; giá trị của cột không được đọc' },
    severity: 'info',
    emittedBy: 'layout',
  },
  'column-derived': {
    title: { en: 'Column worked out from others', vi: 'Cột tính từ các cột khác' },
    description: {
      en: 'A column whose header says it is worked out from other columns (a difference, "Tăng/giảm" without %, what is left) holds no fact of its own: its values are not read as budget figures, but checked against the two columns it is worked out from (difference-mismatch) where the numbering row or the header names them, or the figures bear one pair out on nearly every row. Map it in a mapping file if it is a figure of its own.',
      vi: 'Cột mà tiêu đề cho biết được tính từ các cột khác (chênh lệch, "Tăng/giảm" không có %, còn lại) không phải số liệu riêng: giá trị không được đọc như số liệu kinh phí, mà được đối chiếu với hai cột tạo ra nó khi dòng đánh số cột hoặc tiêu đề nêu hai cột đó, hoặc số liệu khớp với một cặp cột ở gần như mọi dòng. Nếu đúng là số liệu riêng, hãy khai báo trong tệp ánh xạ.',
    },
    template: { en: 'Column "{header}" is worked out from other columns (a difference or what is left): its values are no figures of their own, only checked against the columns they come from', vi: 'Cột "{header}" được tính từ các cột khác (chênh lệch hoặc phần còn lại): giá trị không phải số liệu riêng, chỉ được đối chiếu với các cột tạo ra chúng' },
    severity: 'info',
    emittedBy: 'layout',
  },
  'column-hidden': {
    title: { en: 'Hidden column not read', vi: 'Không đọc cột ẩn' },
    description: {
      en: 'A column the file hides, whose header names no measure, is a working column: its values are not read as budget figures. Map it in a mapping file if it is one.',
      vi: 'Cột bị ẩn trong tệp, tiêu đề không nêu chỉ tiêu, là cột phụ: giá trị không được đọc như số liệu kinh phí. Nếu đúng là số liệu, hãy khai báo trong tệp ánh xạ.',
    },
    template: { en: 'Column "{header}" is hidden in the file and names no measure: a working column, its values are not read', vi: 'Cột "{header}" bị ẩn trong tệp và không nêu chỉ tiêu: cột phụ, giá trị không được đọc' },
    severity: 'info',
    emittedBy: 'layout',
  },
  'number-unparseable': {
    title: { en: 'Not a number', vi: 'Không phải là số' },
    description: {
      en: 'A cell in a figure column holds text that is not a number, a dash or blank.',
      vi: 'Ô trong cột số liệu chứa chữ không phải là số, dấu gạch hay ô trống.',
    },
    template: { en: '"{text}" is not a number', vi: '"{text}" không phải là số' },
    severity: 'error',
    emittedBy: 'normalise',
  },
  'number-ambiguous': {
    title: { en: 'Number style undecided', vi: 'Không xác định được kiểu số' },
    description: {
      en: 'Figures such as "1.234" read as 1234 in Vietnamese style and 1.234 in English style, and nothing else in their column, unit or file decides. They are not used, and no sum over them is checked; one warning per sheet names them. Settle it with "numberStyle": "vi" (or "en") in the config, or write the figures unambiguously.',
      vi: 'Các số như "1.234" là 1234 theo kiểu Việt Nam và 1,234 theo kiểu Anh, và không có gì khác trong cột, đơn vị hay tệp để quyết định. Các số này không được dùng và không kiểm tra tổng nào có chúng; mỗi trang tính có một cảnh báo nêu các ô. Hãy đặt "numberStyle": "vi" (hoặc "en") trong cấu hình, hoặc viết số rõ ràng.',
    },
    template: {
      en: '{count} figure(s) such as "{text}" (cells {cells}) read as {vi} in Vietnamese style or {en} in English style; nothing in the column, unit or file decides, so they were not used and no sum over them was checked. Settle it in the config: "numberStyle": "vi" (or "en")',
      vi: '{count} số như "{text}" (ô {cells}) có thể là {vi} (kiểu Việt Nam) hoặc {en} (kiểu Anh); không có căn cứ trong cột, đơn vị hay tệp nên không dùng các số này và không kiểm tra tổng nào có chúng. Hãy đặt trong cấu hình: "numberStyle": "vi" (hoặc "en")',
    },
    severity: 'warning',
    emittedBy: 'normalise',
  },
  'number-style-conflict': {
    title: { en: 'Number styles mixed', vi: 'Lẫn kiểu viết số' },
    description: {
      en: 'A value is written in the other number style than the one its column (or file) shows elsewhere, so it cannot be read safely.',
      vi: 'Giá trị được viết theo kiểu số khác với kiểu của cột (hoặc tệp), nên không đọc an toàn được.',
    },
    template: {
      en: '"{text}" is not valid in the {style} number style used by this column',
      vi: '"{text}" không hợp lệ theo kiểu số {style} mà cột này dùng',
    },
    severity: 'error',
    emittedBy: 'normalise',
  },
  'unit-missing': {
    title: { en: 'Unit not stated', vi: 'Thiếu đơn vị tính' },
    description: {
      en: 'No unit applies to a money figure: state it in the header ("(triệu đồng)"), a unit line ("Đơn vị tính: …") or a ĐVT column.',
      vi: 'Số liệu tiền không có đơn vị: ghi trong tiêu đề cột ("(triệu đồng)"), dòng "Đơn vị tính: …" hoặc cột ĐVT.',
    },
    template: { en: 'No unit for column "{header}"', vi: 'Không có đơn vị tính cho cột "{header}"' },
    severity: 'error',
    emittedBy: 'normalise',
  },
  'unit-unstated': {
    title: { en: 'Table states no unit', vi: 'Biểu không ghi đơn vị tính' },
    description: {
      en: 'Neither a unit line, the headers nor a ĐVT column say what unit the figures are in. They are read as written, so the table\'s own sums are still checked, but they are not converted to đồng nor compared with other reports. State the unit, or set it in a mapping file.',
      vi: 'Không có dòng đơn vị tính, tiêu đề cột hay cột ĐVT nào cho biết đơn vị của số liệu. Số liệu được đọc như đã ghi nên các phép cộng của biểu vẫn được kiểm tra, nhưng không quy ra đồng và không so với báo cáo khác. Hãy ghi đơn vị tính, hoặc đặt trong tệp ánh xạ.',
    },
    template: { en: 'No unit is stated for this table: figures read as written; sums checked, no comparison with other reports', vi: 'Biểu không ghi đơn vị tính: số liệu đọc như đã ghi; vẫn kiểm tra phép cộng, không so với báo cáo khác' },
    severity: 'warning',
    emittedBy: 'normalise',
  },
  'unit-unknown': {
    title: { en: 'Unit not known', vi: 'Đơn vị tính không xác định' },
    description: {
      en: 'The unit written is neither a money unit (đồng, nghìn đồng, triệu đồng, tỷ đồng) nor a known count unit.',
      vi: 'Đơn vị không phải đơn vị tiền (đồng, nghìn đồng, triệu đồng, tỷ đồng) cũng không phải đơn vị đếm đã biết.',
    },
    template: { en: 'Unit "{unit}" is not known', vi: 'Đơn vị "{unit}" không xác định' },
    severity: 'error',
    emittedBy: 'normalise',
  },
  'period-missing': {
    title: { en: 'Period not stated', vi: 'Thiếu kỳ báo cáo' },
    description: {
      en: 'No period applies to a figure: add a period column or state it in the header, title or file name.',
      vi: 'Số liệu không có kỳ báo cáo: thêm cột kỳ hoặc ghi kỳ trong tiêu đề, tên báo cáo hoặc tên tệp.',
    },
    template: { en: 'No period for this figure', vi: 'Không có kỳ báo cáo cho số liệu này' },
    severity: 'error',
    emittedBy: 'normalise',
  },
  'period-unknown': {
    title: { en: 'Period not understood', vi: 'Không hiểu kỳ báo cáo' },
    description: {
      en: 'The period text is not one of the forms read: "9 tháng", "6 tháng đầu năm", "Quý III", "Tháng 10", "Năm", "01-09".',
      vi: 'Kỳ báo cáo không thuộc các dạng: "9 tháng", "6 tháng đầu năm", "Quý III", "Tháng 10", "Năm", "01-09".',
    },
    template: { en: '"{text}" is not a period', vi: '"{text}" không phải là kỳ báo cáo' },
    severity: 'error',
    emittedBy: 'normalise',
  },
  'period-conflict': {
    title: { en: 'Period stated two ways', vi: 'Kỳ báo cáo ghi khác nhau' },
    description: {
      en: 'The title, the sheet name and the file name state different periods for the report (the title says the whole year, the sheet name July). The most specific one is used, for every column that does not state its own.',
      vi: 'Tiêu đề, tên trang tính và tên tệp ghi kỳ báo cáo khác nhau (tiêu đề ghi cả năm, tên trang ghi tháng 7). Kỳ cụ thể nhất được dùng cho các cột không tự ghi kỳ.',
    },
    template: {
      en: 'period {chosen} from {chosenFrom} used; {otherFrom} states {other}',
      vi: 'dùng kỳ {chosen} theo {chosenFrom}; {otherFrom} ghi kỳ {other}',
    },
    severity: 'warning',
    emittedBy: 'layout',
  },
  'period-from-name': {
    title: { en: 'Period taken from the sheet or file name', vi: 'Kỳ báo cáo lấy từ tên trang tính hoặc tên tệp' },
    description: {
      en: 'The title states only the year ("… NĂM 2024") and the sheet or file name a part of it ("T07-2024"): the more specific period is used for every column that does not state its own. Reported once per sheet, so that a misnamed file is seen.',
      vi: 'Tiêu đề chỉ ghi năm ("… NĂM 2024"), tên trang tính hoặc tên tệp ghi một phần của năm ("T07-2024"): kỳ cụ thể hơn được dùng cho các cột không tự ghi kỳ. Báo một lần cho mỗi trang tính, để thấy được tệp đặt tên nhầm.',
    },
    template: {
      en: 'period {chosen} from {chosenFrom}; the title states only the year {year}',
      vi: 'kỳ {chosen} theo {chosenFrom}; tiêu đề chỉ ghi năm {year}',
    },
    severity: 'info',
    emittedBy: 'layout',
  },
  'year-missing': {
    title: { en: 'Year not stated', vi: 'Thiếu năm' },
    description: {
      en: 'No year applies to a figure: add a year column or state it in the header, title or file name.',
      vi: 'Số liệu không có năm: thêm cột năm hoặc ghi năm trong tiêu đề, tên báo cáo hoặc tên tệp.',
    },
    template: { en: 'No year for this figure{detail}', vi: 'Không có năm cho số liệu này{detail}' },
    severity: 'error',
    emittedBy: 'normalise',
  },
  'province-unknown': {
    title: { en: 'Province not recognised', vi: 'Không nhận ra tỉnh' },
    description: {
      en: 'The name or code is in neither the 63-province nor the 34-province list, with any spelling, prefix or diacritics.',
      vi: 'Tên hoặc mã không có trong danh sách 63 tỉnh hay 34 tỉnh, dù viết thế nào.',
    },
    template: { en: '"{text}" is not a province', vi: '"{text}" không phải là tỉnh, thành phố' },
    severity: 'error',
    emittedBy: 'normalise',
  },
  'province-missing': {
    title: { en: 'Reporting province not found', vi: 'Không xác định được tỉnh báo cáo' },
    description: {
      en: 'A province form names its province nowhere budget-recon looks: title lines ("UBND TỈNH …", "SỞ CÔNG THƯƠNG …"), sheet name, file name. Its figures are kept without a province; name it in the title or use a mapping file.',
      vi: 'Biểu của tỉnh không ghi tên tỉnh ở các chỗ được đọc: dòng tiêu đề ("UBND TỈNH …", "SỞ CÔNG THƯƠNG …"), tên trang, tên tệp. Số liệu được giữ nhưng không gắn với tỉnh nào; hãy ghi tên tỉnh hoặc dùng tệp ánh xạ.',
    },
    template: { en: 'No province named in the title, sheet name or file name', vi: 'Không thấy tên tỉnh trong tiêu đề, tên trang hay tên tệp' },
    severity: 'warning',
    emittedBy: 'normalise',
  },
  'row-unlabelled': {
    title: { en: 'Figures in a row without a label', vi: 'Số liệu ở dòng không có tên' },
    description: {
      en: 'A row of a form or summary has figures but neither STT nor a label, so nothing says what they are; they are not read.',
      vi: 'Một dòng của biểu có số liệu nhưng không có STT hay nội dung, nên không biết là số gì; số liệu không được đọc.',
    },
    template: { en: 'Row {row} has figures but no STT or label; not read', vi: 'Dòng {row} có số liệu nhưng không có STT hay nội dung; không đọc' },
    severity: 'info',
    emittedBy: 'normalise',
  },
  'province-other-list': {
    title: { en: 'Province from the other list', vi: 'Tỉnh thuộc danh sách khác' },
    description: {
      en: 'The province is named as in the other list than the one in force for the report\'s date (63 units until 30 June 2025, 34 from 1 July 2025).',
      vi: 'Tên tỉnh thuộc danh sách không áp dụng cho thời điểm báo cáo (63 tỉnh đến 30/6/2025, 34 tỉnh từ 1/7/2025).',
    },
    template: {
      en: '"{text}" is {name} of the {other}-province list, but a report for {period} uses the {list}-province list',
      vi: '"{text}" là {name} theo danh sách {other} tỉnh, nhưng báo cáo kỳ {period} dùng danh sách {list} tỉnh',
    },
    severity: 'warning',
    emittedBy: 'normalise',
  },
  'value-unknown': {
    title: { en: 'Code value not understood', vi: 'Không hiểu giá trị mã' },
    description: {
      en: 'A programme, measure or level cell holds a value that is not one of those read (KCQG/KCĐP; Kế hoạch/Thực hiện/…; item/subtotal/total).',
      vi: 'Ô chương trình, loại số liệu hoặc cấp chứa giá trị không đọc được (KCQG/KCĐP; Kế hoạch/Thực hiện/…; chi tiết/tổng).',
    },
    template: { en: '"{text}" is not a known {what}', vi: '"{text}" không phải {what} hợp lệ' },
    severity: 'error',
    emittedBy: 'normalise',
  },
  'percent-of-plan-mismatch': {
    title: { en: 'Percent of plan does not match', vi: 'Tỷ lệ thực hiện so với kế hoạch không khớp' },
    description: {
      en: 'The stated percent of plan differs from actual ÷ plan × 100 by more than half a unit of its last shown digit.',
      vi: 'Tỷ lệ % so với kế hoạch lệch với thực hiện ÷ kế hoạch × 100 quá nửa đơn vị của chữ số cuối được hiển thị.',
    },
    template: {
      en: 'Stated {reported}% of plan{span}, but {done} {of} ÷ plan {base} × 100 = {computed}%; accepted {low}% to {high}% for the digits shown; difference {diff} percentage points',
      vi: 'Ghi đạt {reported}% kế hoạch{span}, nhưng {done} {of} ÷ kế hoạch {base} × 100 = {computed}%; với số chữ số đã ghi, chấp nhận từ {low}% đến {high}%; chênh lệch {diff} điểm phần trăm',
    },
    severity: 'error',
    emittedBy: 'checks/percent-of-plan',
    example: {
      en: 'actual 46.022, plan 130.005, stated 35,4 → 35,4002… lies in [35,35; 35,45]: holds. Stated 53,4 → finding.',
      vi: 'thực hiện 46.022, kế hoạch 130.005, ghi 35,4 → 35,4002… nằm trong [35,35; 35,45]: khớp. Ghi 53,4 → có phát hiện.',
    },
  },
  'ratio-prior-mismatch': {
    title: { en: 'Ratio to same period last year does not match', vi: 'Tỷ lệ so với cùng kỳ không khớp' },
    description: {
      en: 'The stated "so với cùng kỳ (%)" differs from this year ÷ same period last year × 100 by more than half a unit of its last shown digit.',
      vi: 'Tỷ lệ "so với cùng kỳ (%)" lệch với năm nay ÷ cùng kỳ năm trước × 100 quá nửa đơn vị của chữ số cuối.',
    },
    template: {
      en: 'Stated {reported}% of the same period last year, but this year {of} ÷ last year {base} × 100 = {computed}%; accepted {low}% to {high}%; difference {diff} percentage points',
      vi: 'Ghi bằng {reported}% so với cùng kỳ, nhưng năm nay {of} ÷ cùng kỳ {base} × 100 = {computed}%; chấp nhận từ {low}% đến {high}%; chênh lệch {diff} điểm phần trăm',
    },
    severity: 'error',
    emittedBy: 'checks/year-over-year',
  },
  'growth-prior-mismatch': {
    title: { en: 'Growth on last year does not match', vi: 'Tăng/giảm so với năm trước không khớp' },
    description: {
      en: 'The stated growth "tăng (+), giảm (-) %" differs from (this year ÷ last year − 1) × 100 by more than half a unit of its last shown digit.',
      vi: 'Mức "tăng (+), giảm (-) %" lệch với (năm nay ÷ năm trước − 1) × 100 quá nửa đơn vị của chữ số cuối.',
    },
    template: {
      en: 'Stated growth {reported}%, but (this year {of} ÷ last year {base} − 1) × 100 = {computed}%; accepted {low}% to {high}%; difference {diff} percentage points',
      vi: 'Ghi tăng/giảm {reported}%, nhưng (năm nay {of} ÷ cùng kỳ {base} − 1) × 100 = {computed}%; chấp nhận từ {low}% đến {high}%; chênh lệch {diff} điểm phần trăm',
    },
    severity: 'error',
    emittedBy: 'checks/year-over-year',
  },
  'plan-growth-mismatch': {
    title: { en: 'Plan growth does not match', vi: 'Tăng/giảm kế hoạch không khớp' },
    description: {
      en: 'The stated "KH năm nay so với KH năm trước" percentage differs from the one computed from the two plans.',
      vi: 'Tỷ lệ "KH năm nay so với KH năm trước" lệch với tỷ lệ tính từ hai kế hoạch.',
    },
    template: {
      en: 'Stated plan change {reported}%, but (this year\'s plan {of} ÷ last year\'s plan {base} − 1) × 100 = {computed}%; accepted {low}% to {high}%; difference {diff} percentage points',
      vi: 'Ghi kế hoạch tăng/giảm {reported}%, nhưng (kế hoạch năm nay {of} ÷ kế hoạch năm trước {base} − 1) × 100 = {computed}%; chấp nhận từ {low}% đến {high}%; chênh lệch {diff} điểm phần trăm',
    },
    severity: 'error',
    emittedBy: 'checks/year-over-year',
  },
  'percent-without-base': {
    title: { en: 'Percentage with a zero base', vi: 'Có tỷ lệ khi mẫu số bằng 0' },
    description: {
      en: 'A percentage is stated although its base (plan or last year) is zero; none is owed there ("-" is right).',
      vi: 'Có ghi tỷ lệ trong khi mẫu số (kế hoạch hoặc năm trước) bằng 0; chỗ này không cần tỷ lệ (ghi "-").',
    },
    template: {
      en: 'Stated {reported}% but its base {base} is zero: no percentage is owed here',
      vi: 'Ghi {reported}% nhưng mẫu số {base} bằng 0: không có tỷ lệ ở đây',
    },
    severity: 'warning',
    emittedBy: 'checks/percent-of-plan, checks/year-over-year',
  },
  'sum-mismatch': {
    title: { en: 'Total does not equal its parts', vi: 'Tổng không bằng các khoản cộng lại' },
    description: {
      en: 'A total or subtotal differs from the sum of its parts (lines, programmes KCQG + KCĐP, or provinces). Exact, except that figures written with decimals of a coarse unit (tỷ đồng to 3 places) may differ by half a unit of the last digit per figure. "Trong đó" rows are not parts.',
      vi: 'Dòng tổng hoặc cộng lệch với tổng các phần (các dòng, KCQG + KCĐP, hoặc các tỉnh). So sánh chính xác, trừ số ghi có phần thập phân của đơn vị lớn (tỷ đồng 3 chữ số) được lệch nửa đơn vị chữ số cuối mỗi số. Dòng "Trong đó" không được cộng.',
    },
    template: {
      en: '{what} states {reported}, but its {count} parts add up to {expected}: difference {diff}; {rule}',
      vi: '{what} ghi {reported}, nhưng cộng {count} khoản chi tiết được {expected}: chênh lệch {diff}; {rule}',
    },
    severity: 'error',
    emittedBy: 'checks/sums',
  },
  'figure-mismatch': {
    title: { en: 'A figure breaks both totals it belongs to', vi: 'Một số liệu làm lệch cả hai tổng chứa nó' },
    description: {
      en: 'The total of a figure\'s row (across its columns) and the total of its column (down its rows) both miss by the same amount, and correcting that one figure by it makes both hold: the figure is the fault, reported once, where the two totals would otherwise each be reported.',
      vi: 'Tổng theo dòng (qua các cột) và tổng theo cột (qua các dòng) của một số liệu cùng lệch một khoản như nhau, và sửa riêng số liệu đó đúng khoản ấy thì cả hai tổng đều khớp: lỗi nằm ở số liệu này, báo một lần thay vì báo lệch ở cả hai tổng.',
    },
    template: {
      en: '{what} states {reported}; the totals across and down from it, {totals}, both miss by {diff} because of it: {expected} here would make both hold',
      vi: '{what} ghi {reported}; tổng theo dòng và theo cột chứa nó, {totals}, đều lệch {diff} vì số này: ghi {expected} thì cả hai tổng đều khớp',
    },
    severity: 'error',
    emittedBy: 'checks/structure-sums',
  },
  'difference-mismatch': {
    title: { en: 'Difference column does not equal its two columns', vi: 'Cột chênh lệch không bằng hiệu hai cột' },
    description: {
      en: 'A column worked out from two others ("Chênh lệch", "Tăng (+), giảm (-) so với cùng kỳ", "5=3-4") differs on a row from the one column minus the other. The pair is the one the numbering row declares or the header names ("so với cùng kỳ", "so với KH", "TH 2024 - TH 2023"); where neither names it, a pair the figures bear out on nearly every row is only a guess, and its misses are withheld as a reading in doubt. Exact, except for figures written with decimals of a coarse unit.',
      vi: 'Cột tính từ hai cột khác ("Chênh lệch", "Tăng (+), giảm (-) so với cùng kỳ", "5=3-4") trên một dòng khác với hiệu của hai cột đó. Cặp cột là cặp do dòng đánh số cột khai báo hoặc tiêu đề nêu ("so với cùng kỳ", "so với KH", "TH 2024 - TH 2023"); nếu không nơi nào nêu, cặp cột khớp với số liệu ở gần như mọi dòng chỉ là suy đoán, và các dòng lệch được tạm giữ như một cách đọc chưa chắc chắn. So sánh chính xác, trừ số ghi có phần thập phân của đơn vị lớn.',
    },
    template: {
      en: '{what}: column "{column}" states {reported}, but {of} − {minus} = {expected}: difference {diff}',
      vi: '{what}: cột "{column}" ghi {reported}, nhưng {of} − {minus} = {expected}: chênh lệch {diff}',
    },
    severity: 'error',
    emittedBy: 'checks/structure-sums',
  },
  'figure-total-ratios-mismatch': {
    title: { en: 'A figure breaks its total and its percentages', vi: 'Một số liệu làm lệch tổng chứa nó và các tỷ lệ trên dòng' },
    description: {
      en: 'The total a figure is a part of misses, and the percentages on the figure\'s own row miss too; correcting that one figure by the total\'s gap makes the total and every one of those percentages hold. The figure is the fault, reported once, where the total and each percentage would otherwise be reported.',
      vi: 'Tổng chứa số liệu bị lệch, và các tỷ lệ trên chính dòng của số liệu cũng lệch; sửa riêng số liệu đó đúng bằng khoản lệch của tổng thì tổng và mọi tỷ lệ ấy đều khớp. Lỗi nằm ở số liệu này, báo một lần thay vì báo lệch ở tổng và ở từng tỷ lệ.',
    },
    template: {
      en: '{what} states {reported}; the total over it, {total}, misses by {diff} and the percentages on its row, {ratios}, miss too: {expected} here would make them all hold',
      vi: '{what} ghi {reported}; tổng chứa nó, {total}, lệch {diff} và các tỷ lệ trên dòng, {ratios}, cũng lệch: ghi {expected} thì tất cả đều khớp',
    },
    severity: 'error',
    emittedBy: 'checks/run-checks',
  },
  'stated-total-mismatch': {
    title: { en: 'Stated total differs from the provinces\' reports', vi: 'Tổng đã ghi khác tổng báo cáo của các tỉnh' },
    description: {
      en: 'A total a multi-province table states (a regional summary\'s total or region row) differs from what the provinces it covers add up to, each from its own report where given, beyond the rounding of the figures, although the table\'s own rows add up to it and each agrees with the province\'s report. The conference workbook\'s "Đối chiếu" sheet shows the two side by side.',
      vi: 'Số tổng một biểu nhiều tỉnh ghi (dòng tổng hoặc dòng vùng của biểu tổng hợp) khác tổng của các tỉnh thuộc nó, mỗi tỉnh lấy theo báo cáo của chính tỉnh nếu có, vượt mức làm tròn, dù các dòng của biểu cộng lại đúng bằng nó và từng dòng khớp với báo cáo của tỉnh. Trang "Đối chiếu" của bảng tổng hợp hội nghị đặt hai số cạnh nhau.',
    },
    template: {
      en: '{what} states {reported}, but the {count} provinces it covers add up to {expected}: difference {diff}',
      vi: '{what} ghi {reported}, nhưng {count} tỉnh thuộc dòng này cộng lại được {expected}: chênh lệch {diff}',
    },
    severity: 'error',
    emittedBy: 'checks/stated-totals',
  },
  'sum-rounding': {
    title: { en: 'Total differs from its parts by rounding', vi: 'Tổng lệch với các phần do làm tròn' },
    description: {
      en: 'A total or subtotal does not equal the sum of its parts as the file stores them, by no more than half a unit of the last stored digit of each figure, in a table whose figures are rounded (a total rounded to whole millions over parts written with decimals, a figure stored with more digits than it shows). Not an error: the figures were rounded apart. It says where the table does not add up exactly; a difference beyond the rounding is a sum-mismatch.',
      vi: 'Dòng tổng hoặc cộng không bằng tổng các phần như tệp lưu, lệch không quá nửa đơn vị chữ số cuối đã lưu của mỗi số, trong bảng có số đã làm tròn (số tổng làm tròn đến triệu đồng trên các phần có phần thập phân, số lưu nhiều chữ số hơn số hiển thị). Không phải lỗi: các số được làm tròn riêng rẽ. Phát hiện chỉ ra chỗ bảng cộng không khớp tuyệt đối; lệch vượt mức làm tròn là sum-mismatch.',
    },
    template: {
      en: '{what} states {reported}, its {count} parts add up to {expected}: difference {diff}, within the rounding of its figures (at most {allowance})',
      vi: '{what} ghi {reported}, cộng {count} khoản chi tiết được {expected}: chênh lệch {diff}, trong mức làm tròn của các số (tối đa {allowance})',
    },
    severity: 'info',
    emittedBy: 'checks/structure-sums',
  },
  'sum-gap-explained': {
    title: { en: 'Total differs from its parts, as its footnote explains', vi: 'Tổng khác tổng các phần, đã được chú thích giải thích' },
    description: {
      en: 'A total does not equal the sum of its parts, but the footnote marked on it quotes the very difference (revenue not attributed to provinces, an amount included at the total only). Not an error: the table explains it; the finding quotes the footnote so that the reader sees the gap.',
      vi: 'Một số tổng không bằng tổng các phần, nhưng chú thích đánh dấu trên số đó nêu đúng khoản chênh lệch (khoản thu không phân bổ cho tỉnh, khoản chỉ tính ở dòng tổng). Không phải lỗi: bảng đã giải thích; phát hiện trích chú thích để người đọc thấy khoản chênh.',
    },
    template: {
      en: '{what} states {reported}, its parts add up to {expected}; the difference is explained by footnote {mark}: "{footnote}"',
      vi: '{what} ghi {reported}, các phần cộng lại được {expected}; khoản chênh lệch được giải thích ở chú thích {mark}: "{footnote}"',
    },
    severity: 'warning',
    emittedBy: 'checks/structure-sums',
  },
  'reading-uncertain': {
    title: { en: 'Error withheld: the reading is uncertain', vi: 'Chưa báo lỗi: cách đọc bảng chưa chắc chắn' },
    description: {
      en: 'A check would have raised an error, but a figure it rests on was not read with certainty: two columns read as the same fact, a cell holds only a footnote mark, the relation misses in most places it was tested (the structure was misread rather than the figures wrong), or a decision of the sheet the relation rests on is weak — the header rows (for every relation), the report\'s period or year (for relations across reports and periods), its unit (for comparisons across reports) — and most of the sheet\'s relations of that kind miss too. One warning per sheet; the mapping-file fragment settles the reading (the period, year or unit as read, or the structure as read), and `inspect` shows the evidence.',
      vi: 'Một phép kiểm tra lẽ ra đã báo lỗi, nhưng có số liệu chưa được đọc chắc chắn: hai cột được đọc là cùng một số liệu, một ô chỉ có dấu chú thích, quan hệ sai ở hầu hết các chỗ được kiểm tra (cấu trúc bảng bị đọc sai chứ không phải số liệu sai), hoặc một quyết định của trang tính mà quan hệ dựa vào còn chưa chắc — các dòng tiêu đề (với mọi quan hệ), kỳ hoặc năm báo cáo (với quan hệ giữa các báo cáo và các kỳ), đơn vị tính (với phép so sánh giữa các báo cáo) — và phần lớn các quan hệ cùng loại trên trang tính đó cũng sai. Mỗi trang tính một cảnh báo; đoạn tệp ánh xạ đi kèm xác định cách đọc (kỳ, năm hoặc đơn vị tính như đã đọc, hoặc cấu trúc như đã đọc), lệnh `inspect` cho xem căn cứ.',
    },
    template: {
      en: '{withheld} errors withheld ({check}) because {reason}, at {cells}; to settle the reading, add to the mapping file: {fragment}',
      vi: 'Chưa báo {withheld} lỗi ({check}) vì {reason}, tại {cells}; để xác định cách đọc, thêm vào tệp ánh xạ: {fragment}',
    },
    severity: 'warning',
    emittedBy: 'checks/structure-sums, checks/of-which, checks/duplicates, checks/agreement, checks/percent-of-plan, checks/year-over-year, checks/cumulative-decrease, checks/series-cumulative',
  },
  'agreement-mismatch': {
    title: { en: 'Figure disagrees with another report', vi: 'Số liệu không khớp với báo cáo khác' },
    description: {
      en: 'The same fact (province, year, period, programme, line, measure) is stated in two places — a province form and the regional summary, two submissions, two sheets — with different values after unit conversion. Rounded figures may differ by half a unit of their last digits.',
      vi: 'Cùng một số liệu (tỉnh, năm, kỳ, chương trình, dòng, loại) được ghi ở hai nơi — biểu của tỉnh và biểu tổng hợp, hai lần gửi, hai trang — với giá trị khác nhau sau khi quy đổi đơn vị. Số làm tròn được lệch nửa đơn vị chữ số cuối.',
    },
    template: {
      en: '{what} is {reported} here but {expected} in {other}: difference {diff}',
      vi: '{what} ghi {reported} ở đây nhưng {expected} ở {other}: chênh lệch {diff}',
    },
    severity: 'error',
    emittedBy: 'checks/agreement',
  },
  'prior-restated': {
    title: { en: 'Last year restated', vi: 'Số cùng kỳ khác báo cáo năm trước' },
    description: {
      en: 'A "cùng kỳ" (same period last year) figure differs from what last year\'s report stated for that period. For a province formed by the 2025 merger, last year is the sum of its former provinces.',
      vi: 'Số "cùng kỳ" khác với số báo cáo năm trước đã ghi cho kỳ đó. Với tỉnh hình thành do sáp nhập năm 2025, năm trước là tổng các tỉnh cũ.',
    },
    template: {
      en: '{what} is given as {reported} here, but last year\'s report stated {expected} ({other}): difference {diff}',
      vi: '{what} được ghi {reported} ở đây, nhưng báo cáo năm trước ghi {expected} ({other}): chênh lệch {diff}',
    },
    severity: 'error',
    emittedBy: 'checks/agreement',
  },
  'unit-scale-suspect': {
    title: { en: 'Figure about 1000× off', vi: 'Số liệu lệch khoảng 1000 lần' },
    description: {
      en: 'A figure is about a thousand (or a million) times the same fact elsewhere: one of the two was probably written in another unit than stated (đồng, nghìn đồng, triệu đồng, tỷ đồng).',
      vi: 'Một số liệu gấp khoảng một nghìn (hoặc một triệu) lần cùng số liệu ở nơi khác: có lẽ một trong hai được ghi theo đơn vị khác với đơn vị đã nêu (đồng, nghìn đồng, triệu đồng, tỷ đồng).',
    },
    template: {
      en: '{reported} here is about {factor} the {expected} in {other}: this figure would fit if it were in {fit}',
      vi: '{reported} ở đây gấp khoảng {factor} số {expected} ở {other}: số này sẽ khớp nếu tính bằng {fit}',
    },
    severity: 'warning',
    emittedBy: 'checks/agreement',
  },
  'province-report-missing': {
    title: { en: 'Province report missing', vi: 'Thiếu báo cáo của tỉnh' },
    description: {
      en: 'An expected province (from the config\'s expectedProvinces, or from the rows of a regional summary in the inputs) has no report for the period.',
      vi: 'Một tỉnh cần báo cáo (theo expectedProvinces trong cấu hình, hoặc theo các dòng của biểu tổng hợp) chưa có báo cáo cho kỳ này.',
    },
    template: { en: 'No report from {province} for {period} (expected from {source})', vi: 'Chưa có báo cáo của {province} kỳ {period} (theo {source})' },
    severity: 'error',
    emittedBy: 'checks/completeness',
  },
  'province-report-duplicate': {
    title: { en: 'Province reported twice', vi: 'Tỉnh báo cáo hai lần' },
    description: {
      en: 'Two inputs are reports of the same province for the same period. Keep one; where their figures differ, agreement findings point at the cells.',
      vi: 'Hai tệp là báo cáo của cùng một tỉnh cho cùng một kỳ. Hãy giữ một; chỗ số liệu khác nhau được chỉ ra trong các phát hiện về khớp số liệu.',
    },
    template: { en: '{province}, {period}, is also reported in {other}', vi: 'Báo cáo của {province} kỳ {period} cũng có trong {other}' },
    severity: 'error',
    emittedBy: 'checks/completeness',
  },
  'cumulative-decrease': {
    title: { en: 'Cumulative figure went down', vi: 'Số lũy kế giảm' },
    description: {
      en: 'A cumulative actual (from January) is smaller for a longer period than for a shorter one: 9 months below 6 months, or the year below 9 months.',
      vi: 'Số thực hiện lũy kế (từ tháng 1) của kỳ dài hơn lại nhỏ hơn kỳ ngắn hơn: 9 tháng thấp hơn 6 tháng, hoặc cả năm thấp hơn 9 tháng.',
    },
    template: { en: '{what}: cumulative to month {end} is {reported}, less than {expected} to month {earlier} ({other})', vi: '{what}: lũy kế đến tháng {end} là {reported}, thấp hơn {expected} lũy kế đến tháng {earlier} ({other})' },
    severity: 'error',
    emittedBy: 'checks/cumulative-decrease',
  },
  'actual-above-plan': {
    title: { en: 'Actual above plan', vi: 'Thực hiện vượt kế hoạch' },
    description: {
      en: 'An actual figure exceeds the plan for the year. It happens, but is worth a look before signing.',
      vi: 'Số thực hiện vượt kế hoạch năm. Có thể xảy ra, nhưng nên xem lại trước khi ký.',
    },
    template: { en: '{what}: actual {reported} is above the plan {expected}', vi: '{what}: thực hiện {reported} vượt kế hoạch {expected}' },
    severity: 'warning',
    emittedBy: 'checks/actual-above-plan',
  },
  'plan-changed': {
    title: { en: 'Plan changed without an adjusted plan', vi: 'Kế hoạch thay đổi mà không có cột điều chỉnh' },
    description: {
      en: 'The plan for the year differs between two reports of different periods, and the later one states no adjusted plan (KH điều chỉnh).',
      vi: 'Kế hoạch năm khác nhau giữa hai báo cáo của hai kỳ, và báo cáo sau không có cột kế hoạch điều chỉnh.',
    },
    template: { en: '{what}: the plan is {reported} here but {expected} in {other}, with no adjusted-plan column', vi: '{what}: kế hoạch là {reported} ở đây nhưng là {expected} ở {other}, không có cột kế hoạch điều chỉnh' },
    severity: 'warning',
    emittedBy: 'checks/plan-changed',
  },
  'month-cumulative-mismatch': {
    title: { en: 'Month does not match the cumulative figures', vi: 'Số tháng không khớp số lũy kế' },
    description: {
      en: 'In a province\'s monthly reports, a month\'s figure must equal the cumulative figure of its report minus that of the previous month\'s report (a quarter: the difference of the cumulative figures at its ends), line by line. The finding stands at the figure that does not fit: the month\'s, or the cumulative one when the months before and after it both miss by the same amount in opposite directions.',
      vi: 'Trong các báo cáo tháng của một tỉnh, số thực hiện trong tháng phải bằng số lũy kế của báo cáo tháng đó trừ số lũy kế của báo cáo tháng trước (một quý: hiệu số lũy kế ở hai đầu quý), theo từng dòng. Phát hiện được đặt tại số không khớp: số trong tháng, hoặc số lũy kế khi hai tháng liền trước và liền sau cùng lệch một lượng như nhau nhưng ngược chiều.',
    },
    template: {
      en: '{what}: {reported}, but cumulative {cumulative} ({at}) minus cumulative {previous} ({before}) is {expected}; difference {diff}',
      vi: '{what}: {reported}, nhưng lũy kế {cumulative} ({at}) trừ lũy kế {previous} ({before}) là {expected}; chênh lệch {diff}',
    },
    severity: 'error',
    emittedBy: 'checks/series-cumulative',
  },
  'month-missing': {
    title: { en: 'Month missing from the series', vi: 'Thiếu báo cáo tháng' },
    description: {
      en: 'A province\'s monthly reports for the year skip a month between the first and the last one given: that month\'s report is missing (or was not among the inputs), so its figures and the difference of the cumulative figures around it are not checked.',
      vi: 'Các báo cáo tháng trong năm của một tỉnh bỏ sót một tháng nằm giữa báo cáo đầu và báo cáo cuối được đưa vào: thiếu báo cáo của tháng đó (hoặc không có trong các tệp đầu vào), nên số liệu của tháng đó và hiệu số lũy kế quanh nó không được kiểm tra.',
    },
    template: {
      en: '{province}: no report for {period} between {first} and {last}',
      vi: '{province}: không có báo cáo {period}, giữa {first} và {last}',
    },
    severity: 'error',
    emittedBy: 'checks/series-gaps',
  },
  'month-reported-twice': {
    title: { en: 'Month reported twice with different figures', vi: 'Một tháng có hai báo cáo khác số liệu' },
    description: {
      en: 'Two inputs are a province\'s report for the same month and their figures differ (a corrected copy beside the first one?). Keep the right one: until then the month is not checked against its neighbours. The finding stands at the first figure that differs; the others are listed as related cells.',
      vi: 'Hai tệp đầu vào cùng là báo cáo của một tỉnh cho cùng một tháng và số liệu khác nhau (bản sửa nằm cạnh bản đầu?). Hãy giữ bản đúng: trong khi chờ, tháng đó không được đối chiếu với các tháng liền kề. Phát hiện được đặt tại số đầu tiên khác nhau; các số khác được liệt kê ở các ô liên quan.',
    },
    template: {
      en: '{province}, {period}: also reported in {other}, with {count} figure(s) different; here {reported}, there {expected}',
      vi: '{province}, {period}: cũng được báo cáo trong {other}, khác {count} số liệu; ở đây {reported}, ở đó {expected}',
    },
    severity: 'error',
    emittedBy: 'checks/series-twice',
  },
  'of-which-exceeds': {
    title: { en: '"Trong đó" exceeds its whole', vi: 'Phần "trong đó" lớn hơn tổng' },
    description: {
      en: 'The "Trong đó" (of which) rows under a figure, or the columns under a "Trong đó" header beside it, add up to more than the figure itself. A breakdown need not be complete, but it cannot be more than the whole.',
      vi: 'Các dòng "trong đó" của một số liệu, hoặc các cột dưới tiêu đề "Trong đó" bên cạnh nó, cộng lại lớn hơn chính số liệu đó. Phần chi tiết có thể không đủ, nhưng không thể lớn hơn tổng.',
    },
    template: { en: '{what} is {reported} but its "Trong đó" {parts} add up to {expected}', vi: '{what} là {reported} nhưng các {parts} "trong đó" cộng lại được {expected}' },
    severity: 'error',
    emittedBy: 'checks/of-which',
  },
  'duplicate-fact': {
    title: { en: 'Fact reported twice', vi: 'Số liệu bị báo cáo hai lần' },
    description: {
      en: 'The same fact (province, year, period, programme, line, measure) appears twice in one file.',
      vi: 'Cùng một số liệu (tỉnh, năm, kỳ, chương trình, dòng, loại) xuất hiện hai lần trong một tệp.',
    },
    template: {
      en: 'Reported again here ({reported}) after {first} ({expected}){same}',
      vi: 'Được ghi lại ở đây ({reported}) sau ô {first} ({expected}){same}',
    },
    severity: 'error',
    emittedBy: 'checks/duplicates',
  },
  'prose-skipped': {
    title: { en: 'Prose, not a table', vi: 'Văn bản, không phải bảng số liệu' },
    description: {
      en: 'A .txt file holds sentences, not a table export (no field separator repeats on its lines), so check does not read it as a table. To check the figures quoted in it against the reports, run: budget-recon claims <text> --against <reports>.',
      vi: 'Tệp .txt chứa câu văn, không phải bảng xuất ra (các dòng không lặp lại dấu phân cách cột), nên check không đọc nó như bảng. Để đối chiếu các số liệu trích trong văn bản với báo cáo, hãy chạy: budget-recon claims <văn bản> --against <báo cáo>.',
    },
    template: {
      en: 'This file is prose, not a table: not read as a report. Check the figures it quotes with: budget-recon claims {file} --against <reports>',
      vi: 'Tệp này là văn bản, không phải bảng: không đọc như báo cáo. Đối chiếu các số liệu trong đó bằng: budget-recon claims {file} --against <báo cáo>',
    },
    severity: 'info',
    emittedBy: 'read',
  },
  'internal-error': {
    title: { en: 'A check failed to run', vi: 'Một phép kiểm tra bị lỗi' },
    description: {
      en: 'A check crashed on this input. Its findings are missing; every other check still ran. Please report it with the input.',
      vi: 'Một phép kiểm tra bị lỗi với dữ liệu này nên thiếu kết quả của nó; các phép kiểm tra khác vẫn chạy. Hãy báo lỗi kèm tệp.',
    },
    template: { en: 'Check "{check}" failed: {reason}', vi: 'Phép kiểm tra "{check}" bị lỗi: {reason}' },
    severity: 'error',
    emittedBy: 'checks/run-checks',
  },
} satisfies Record<string, CatalogEntry>;

export type FindingCode = keyof typeof CATALOG;

export function catalogEntry(code: string): CatalogEntry | undefined {
  return (CATALOG as Record<string, CatalogEntry>)[code];
}

export function renderTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`)).normalize('NFC');
}
