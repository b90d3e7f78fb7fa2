import { foldText } from './fold-text.js';

/**
 * Khuyến công activity codes (shared/reference/khuyen-cong.md §2: the nine contents of Decree
 * 45/2012 Art. 4, with the proposed short codes). Sub-codes roll up into their parent.
 * Keywords are folded Vietnamese, then the English of bilingual and English-language reports.
 */
export interface Activity {
  code: string;
  parent?: string;
  name: string;
  keywords: string[];
}

export const ACTIVITIES: Activity[] = [
  { code: 'KC1_DTN', name: 'Đào tạo nghề, truyền nghề', keywords: ['dao tao nghe', 'truyen nghe', 'day nghe', 'vocational training', 'job training'] },
  { code: 'KC2_NLQL', name: 'Nâng cao năng lực quản lý doanh nghiệp', keywords: ['nang cao nang luc quan ly doanh nghiep', 'nang luc quan ly', 'khoi su doanh nghiep', 'mo rong thi truong', 'management capacity', 'business management'] },
  { code: 'KC3_MHTD', name: 'Mô hình trình diễn, chuyển giao công nghệ, máy móc tiên tiến', keywords: [] },
  { code: 'KC3a', parent: 'KC3_MHTD', name: 'Mô hình trình diễn kỹ thuật', keywords: ['mo hinh trinh dien', 'demonstration model'] },
  { code: 'KC3b', parent: 'KC3_MHTD', name: 'Ứng dụng máy móc tiên tiến, chuyển giao công nghệ', keywords: ['may moc tien tien', 'may moc thiet bi tien tien', 'chuyen giao cong nghe', 'ung dung may moc', 'mmtb', 'advanced machinery', 'advanced equipment', 'technology transfer'] },
  { code: 'KC3c', parent: 'KC3_MHTD', name: 'Sản xuất sạch hơn', keywords: ['san xuat sach hon', 'sxsh', 'cleaner production'] },
  { code: 'KC4_SPCNNT', name: 'Phát triển sản phẩm CNNT tiêu biểu, hội chợ, thương hiệu', keywords: [] },
  { code: 'KC4a', parent: 'KC4_SPCNNT', name: 'Bình chọn sản phẩm CNNT tiêu biểu', keywords: ['san pham cnnt tieu bieu', 'san pham cong nghiep nong thon tieu bieu', 'binh chon san pham', 'typical rural industrial product', 'outstanding rural industrial product'] },
  { code: 'KC4b', parent: 'KC4_SPCNNT', name: 'Hội chợ, triển lãm', keywords: ['hoi cho', 'trien lam', 'trade fair', 'exhibition'] },
  { code: 'KC4c', parent: 'KC4_SPCNNT', name: 'Thương hiệu, phòng trưng bày', keywords: ['thuong hieu', 'nhan hieu', 'phong trung bay', 'showroom', 'branding'] },
  { code: 'KC5_TUVAN', name: 'Tư vấn trợ giúp cơ sở CNNT', keywords: ['tu van', 'thiet ke mau ma', 'bao bi', 'consulting', 'consultancy'] },
  { code: 'KC6_TT', name: 'Thông tin tuyên truyền', keywords: ['thong tin tuyen truyen', 'cung cap thong tin', 'truyen hinh', 'ban tin', 'to roi', 'communication', 'information dissemination'] },
  { code: 'KC7_LKCCN', name: 'Liên doanh liên kết, cụm công nghiệp, xử lý ô nhiễm', keywords: [] },
  { code: 'KC7a', parent: 'KC7_LKCCN', name: 'Hiệp hội, cụm liên kết', keywords: ['hiep hoi', 'cum lien ket', 'lien doanh lien ket'] },
  { code: 'KC7b', parent: 'KC7_LKCCN', name: 'Cụm công nghiệp', keywords: ['cum cong nghiep', 'ha tang ccn', 'quy hoach chi tiet', 'industrial cluster'] },
  { code: 'KC7c', parent: 'KC7_LKCCN', name: 'Di dời, xử lý ô nhiễm', keywords: ['di doi', 'xu ly o nhiem', 'nuoc thai', 'pollution treatment', 'relocation'] },
  { code: 'KC8_HTQT', name: 'Hợp tác quốc tế về khuyến công', keywords: ['hop tac quoc te', 'international cooperation'] },
  { code: 'KC9_NLKC', name: 'Nâng cao năng lực tổ chức thực hiện khuyến công', keywords: ['nang cao nang luc', 'can bo khuyen cong', 'cong tac vien', 'quan ly chuong trinh', 'kiem tra giam sat', 'to chuc thuc hien', 'capacity building', 'programme management', 'program management'] },
  { code: 'KC_KHAC', name: 'Nội dung khác', keywords: ['noi dung khac', 'hoat dong khac', 'chi khac', 'other activities'] },
];

const BY_CODE = new Map(ACTIVITIES.map((a) => [a.code.toLowerCase(), a]));
// Short aliases: "KC3" means KC3_MHTD, "kc1" means KC1_DTN.
for (const a of ACTIVITIES) {
  const short = a.code.match(/^(KC\d)_/);
  if (short) BY_CODE.set(short[1]!.toLowerCase(), a);
}

export function activityByCode(code: string): Activity | undefined {
  return BY_CODE.get(code.trim().toLowerCase());
}

/**
 * The activity a line label names, by its keywords; longer keywords win so that "nâng cao
 * năng lực quản lý doanh nghiệp" is KC2, not KC9. Undefined when nothing matches.
 */
export function matchActivity(label: string): Activity | undefined {
  // Whole words only ("ban tin", a newsletter, is not in "địa bàn tỉnh"), an English plural allowed.
  const t = ` ${foldText(label).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  let best: { a: Activity; len: number } | undefined;
  for (const a of ACTIVITIES) {
    for (const k of a.keywords) {
      if ((t.includes(` ${k} `) || t.includes(` ${k}s `) || t.includes(` ${k}es `)) && (!best || k.length > best.len)) best = { a, len: k.length };
    }
  }
  return best?.a;
}

export function parentActivity(code: string): string | undefined {
  return BY_CODE.get(code.toLowerCase())?.parent;
}
