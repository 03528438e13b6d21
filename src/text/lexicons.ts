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
