/**
 * The words claims are read by, as data. Everything is matched on folded text (lower-case
 * ASCII, one character per character of the NFC text: see fold.ts), so "Triệu đồng",
 * "triệu đồng" and "trieu dong" are one entry.
 */

/** Money units: folded word → power of ten of the đồng. Longest first. */
export const MONEY_UNITS: Array<[string, number]> = [
  ['nghin ty dong', 12],
  ['ty dong', 9],
  ['ty vnd', 9],
  ['ty d', 9],
  ['ty', 9],
  ['trieu dong', 6],
  ['trieu vnd', 6],
  ['trieu d', 6],
  ['trieu', 6],
  ['tr.d', 6],
  ['tr.dong', 6],
  ['trd', 6],
  ['nghin dong', 3],
  ['ngan dong', 3],
  ['dong', 0],
  ['billion vnd', 9],
  ['billion dong', 9],
  ['bn vnd', 9],
  ['million vnd', 6],
  ['million dong', 6],
  ['vnd', 0],
];

/** The count class of provinces: checked against the provinces the data hold, never summed. */
export const PROVINCE_CLASS = 'tỉnh';

/**
 * Count units: folded word → the class they are compared in (a trainee is a "lao động", a
 * "người" or a "học viên" depending on the writer), and the activity the word itself names.
 */
export const COUNT_UNITS: Array<{ words: string[]; cls: string; activity?: string }> = [
  { words: ['lao dong', 'nguoi', 'hoc vien', 'luot nguoi', 'trainees', 'persons', 'people', 'workers'], cls: 'người' },
  { words: ['de an', 'du an', 'projects'], cls: 'đề án' },
  { words: ['mo hinh', 'models'], cls: 'mô hình', activity: 'KC3a' },
  { words: ['hoi cho', 'trien lam', 'fairs'], cls: 'hội chợ', activity: 'KC4b' },
  { words: ['luot co so', 'co so', 'doanh nghiep', 'establishments'], cls: 'cơ sở' },
  { words: ['san pham', 'products'], cls: 'sản phẩm' },
  { words: ['cum cong nghiep', 'ccn'], cls: 'CCN', activity: 'KC7b' },
  { words: ['lop', 'classes'], cls: 'lớp' },
  { words: ['cuoc binh chon'], cls: 'cuộc bình chọn', activity: 'KC4a' },
  { words: ['hoi nghi', 'hoi thao'], cls: 'hội nghị' },
  // Provinces: "20 tỉnh, thành phố phía Bắc", "04/20 tỉnh". Folded "tinh" is also "tính"
  // (đơn vị tính): figures.ts keeps it only where the text writes "tỉnh".
  { words: ['tinh, thanh pho', 'tinh, thanh', 'tinh thanh pho', 'tinh thanh', 'tinh', 'provinces'], cls: PROVINCE_CLASS },
];

/** Activities named in prose: folded keyword → activity code. Longest match wins. */
export const ACTIVITY_WORDS: Array<[string, string]> = [
  ['phat trien san pham cnnt tieu bieu', 'KC4_SPCNNT'],
  ['phat trien san pham cong nghiep nong thon tieu bieu', 'KC4_SPCNNT'],
  ['binh chon san pham', 'KC4a'],
  ['dao tao nghe', 'KC1_DTN'],
  ['tao nghe', 'KC1_DTN'],
  ['truyen nghe', 'KC1_DTN'],
  ['day nghe', 'KC1_DTN'],
  ['mo hinh trinh dien', 'KC3a'],
  ['may moc thiet bi', 'KC3b'],
  ['may moc tien tien', 'KC3b'],
  ['mmtb', 'KC3b'],
  ['hoi cho', 'KC4b'],
  ['trien lam', 'KC4b'],
  ['thuong hieu', 'KC4c'],
  ['tu van', 'KC5_TUVAN'],
  ['thong tin tuyen truyen', 'KC6_TT'],
  ['cum cong nghiep', 'KC7b'],
  ['quy hoach chi tiet', 'KC7b'],
  ['ha tang ccn', 'KC7b'],
  ['vocational training', 'KC1_DTN'],
];

/**
 * Names of agencies that contain the words of an activity or a programme ("Trung tâm Khuyến công
 * và Tư vấn phát triển công nghiệp tỉnh …" is no consulting line and no KCĐP figure): masked
 * before those are looked for. Longest first.
 */
export const AGENCY_NAMES: string[] = [
  'trung tam khuyen cong va tu van phat trien cong nghiep',
  'trung tam khuyen cong va xuc tien thuong mai',
  'trung tam khuyen cong va tu van',
  'trung tam tu van phat trien cong nghiep',
  'trung tam xuc tien thuong mai',
  'trung tam khuyen cong',
  'cuc cong thuong dia phuong',
  'hoi dong binh chon',
];

/** Programmes named in prose. */
export const PROGRAM_WORDS: Array<[string, 'KCQG' | 'KCDP']> = [
  ['khuyen cong quoc gia', 'KCQG'],
  ['kcqg', 'KCQG'],
  ['khuyen cong dia phuong', 'KCDP'],
  ['khuyen cong tinh', 'KCDP'],
  ['kcdp', 'KCDP'],
  ['national programme', 'KCQG'],
  ['local programme', 'KCDP'],
];

/** A whole region or the country: figures are the sum over every province in the data given. */
export const REGION_WORDS: string[] = [
  'toan vung', 'ca vung', 'toan khu vuc', 'ca khu vuc', 'khu vuc phia bac', 'khu vuc phia nam', 'khu vuc mien trung', 'phia bac', 'phia nam',
  'mien trung', 'tay nguyen', 'ca nuoc', 'toan quoc', 'tren ca nuoc', 'the region', 'nationwide',
];

/** Words before an amount that make it a plan (kế hoạch, nguồn kinh phí, được giao…). */
export const PLAN_WORDS: string[] = ['ke hoach', 'nguon kinh phi', 'duoc giao', 'phe duyet', 'du toan', 'plan', 'budgeted'];

/** A clause with these words states a goal, not a result: its figures are no claims. */
export const TARGET_WORDS: string[] = ['muc tieu', 'phan dau', 'du kien', 'target'];

/** Words right before a number that qualify it. */
export const QUALIFIERS: Array<[string, 'over' | 'under' | 'about']> = [
  ['tren', 'over'],
  ['hon', 'over'],
  ['more than', 'over'],
  ['over', 'over'],
  ['gan', 'under'],
  ['duoi', 'under'],
  ['khoang', 'about'],
  ['about', 'about'],
  ['around', 'about'],
];

/** Words before a percentage that make it a change: "tăng 4,5%", "giảm 3%". */
export const GROWTH_WORDS: Array<[string, 1 | -1]> = [
  ['tang', 1],
  // "vượt 4% so với kế hoạch": above its base by 4 %, not 4 % of it.
  ['vuot', 1],
  ['cao hon', 1],
  ['thap hon', -1],
  ['giam', -1],
  ['increase of', 1],
  ['up', 1],
  ['decrease of', -1],
  ['down', -1],
];

/** Opens a breakdown of the figure before it. */
export const OF_WHICH = ['trong do', 'of which', 'including'];

/** Abbreviations written with a full stop inside a sentence ("TP. Hải Phòng"): no sentence ends after them (folded). */
export const ABBREVIATIONS = ['tp', 'tx', 'tt', 'ts', 'ths', 'pgs', 'gs', 'dvt', 'q', 'p'];

/** Numbers of months written as words ("Sáu tháng đầu năm"), folded; "năm" (five) is left out: it is also "year". */
export const MONTH_WORDS: Array<[string, number]> = [
  ['muoi mot', 11], ['muoi hai', 12], ['muoi', 10], ['mot', 1], ['hai', 2], ['ba', 3], ['bon', 4], ['sau', 6], ['bay', 7], ['tam', 8], ['chin', 9],
];

/** Opens a complete breakdown of the figure before it: its parts add up to it. */
export const COMPLETE_PARTS = ['bao gom', 'gom', 'consisting of'];
