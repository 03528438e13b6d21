/**
 * Default Vietnamese lexicons (SPEC 3.2, 3.4, 4.1); overridable in the config. Text markers are
 * matched folded, so they are written folded. The name markers of SPEC 3.2 carry their Vietnamese
 * diacritics: a name written with diacritics is compared with them (`công ty` is not `Công Tỷ`),
 * a name written without any is compared folded (resolve/actors.ts).
 */

export const DEFAULT_ASSOCIATION_MARKERS: readonly string[] = Object.freeze([
  'hiệp hội', 'hội doanh nghiệp', 'hội doanh nhân', 'hội nữ doanh nhân',
  'câu lạc bộ doanh nghiệp', 'clb doanh nghiệp',
]);

export const DEFAULT_BUSINESS_MARKERS: readonly string[] = Object.freeze([
  'công ty', 'cty', 'tnhh', 'cổ phần', 'doanh nghiệp tư nhân', 'dntn', 'htx', 'hợp tác xã',
  'tập đoàn', 'jsc', 'co ltd', 'company',
]);

export const DEFAULT_PETITION_MARKERS: readonly string[] = Object.freeze([
  'xin hoi', 'cho hoi', 'de nghi', 'kien nghi', 'de xuat', 'vuong mac', 'kho khan', 'giai dap',
  'tai sao', 'vi sao', 'bao gio', 'khi nao', 'nhu the nao', 'lam sao', 'thac mac', 'bao lau',
]);

export const DEFAULT_TTHC_MARKERS: readonly string[] = Object.freeze([
  'thu tuc', 'ho so', 'cap phep', 'giay phep', 'giay chung nhan', 'dang ky', 'dich vu cong',
  'mot cua', 'hanh chinh', 'tthc',
]);

/** SPEC 4.6: a petitioner's later comment holding one of these acknowledges the answer. */
export const DEFAULT_THANKS_MARKERS: readonly string[] = Object.freeze([
  'cam on', 'thank', 'da ro', 'ro roi', 'da hieu', 'tot qua',
]);

/** A petition topic: a procedure field and the folded phrases that name it. */
export interface TopicMarkers {
  /** The topic as people read it (shown in the report, written in `petitions[].topics`). */
  readonly name: string;
  readonly markers: readonly string[];
}

/**
 * Default petition topics (issue 11): the procedure fields businesses ask the province about, in
 * the order the report lists them. Markers are folded (SPEC 3.1) and match whole words, so they
 * are phrases, never a bare word whose folded form has two readings: `thue` is both thuế (tax)
 * and thuê (rent), `dat` both đất (land) and đạt, `so do` both sổ đỏ and sơ đồ (docs/decisions.md).
 * A petition may fall under several topics; one under none is counted as "other".
 */
export const DEFAULT_TOPIC_MARKERS: readonly TopicMarkers[] = Object.freeze([
  { name: 'Thuế', markers: ['ma so thue', 'nop thue', 'ke khai thue', 'quyet toan thue', 'hoan thue', 'no thue', 'cuc thue', 'chi cuc thue', 'thue gtgt', 'thue tndn', 'thue tncn', 'thue mon bai', 'thue thu nhap', 'hoa don', 'hoa don dien tu'] },
  { name: 'Đất đai', markers: ['dat dai', 'su dung dat', 'quyen su dung dat', 'giao dat', 'thue dat', 'thu hoi dat', 'chuyen muc dich su dung dat', 'giai phong mat bang', 'gpmb', 'boi thuong', 'tai dinh cu', 'dia chinh', 'so hong'] },
  { name: 'Xây dựng', markers: ['xay dung', 'giay phep xay dung', 'cap phep xay dung', 'quy hoach', 'ban ve thiet ke', 'nghiem thu', 'cong trinh'] },
  { name: 'BHXH', markers: ['bhxh', 'bao hiem xa hoi', 'bhyt', 'bao hiem y te', 'bao hiem that nghiep', 'so bao hiem', 'che do thai san', 'luong huu'] },
  { name: 'Đầu tư', markers: ['dau tu', 'du an', 'chu truong dau tu', 'uu dai dau tu', 'nha dau tu', 'khu cong nghiep', 'kcn'] },
  { name: 'Đăng ký kinh doanh', markers: ['dang ky kinh doanh', 'dang ky doanh nghiep', 'thanh lap doanh nghiep', 'ho kinh doanh', 'giay phep kinh doanh', 'dkkd', 'ma so doanh nghiep', 'giai the', 'tam ngung kinh doanh'] },
  { name: 'Lao động – việc làm', markers: ['lao dong', 'viec lam', 'giay phep lao dong', 'tien luong', 'hop dong lao dong'] },
  { name: 'Môi trường', markers: ['moi truong', 'dtm', 'danh gia tac dong moi truong', 'giay phep moi truong', 'xa thai', 'chat thai', 'o nhiem'] },
  { name: 'Hải quan – xuất nhập khẩu', markers: ['hai quan', 'xuat khau', 'nhap khau', 'xuat nhap khau', 'cua khau', 'thong quan'] },
  { name: 'Giao thông vận tải', markers: ['giao thong', 'van tai', 'dang kiem', 'phu hieu', 'giay phep lai xe', 'bien so'] },
  { name: 'Dịch vụ công trực tuyến', markers: ['dich vu cong', 'dvc', 'truc tuyen', 'mot cua', 'chu ky so', 'vneid'] },
  { name: 'PCCC', markers: ['pccc', 'phong chay', 'chua chay', 'phong chay chua chay'] },
  { name: 'Vốn – tín dụng', markers: ['vay von', 'von vay', 'tin dung', 'ngan hang', 'lai suat', 'ho tro tai chinh'] },
].map((t) => Object.freeze({ name: t.name, markers: Object.freeze(t.markers) })));
