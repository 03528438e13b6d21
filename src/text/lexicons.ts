/** Default Vietnamese lexicons (SPEC 3.2, 3.4, 4.1), folded form; overridable in the config. */

export const DEFAULT_ASSOCIATION_MARKERS: readonly string[] = Object.freeze([
  'hiep hoi', 'hoi doanh nghiep', 'hoi doanh nhan', 'hoi nu doanh nhan',
  'cau lac bo doanh nghiep', 'clb doanh nghiep',
]);

export const DEFAULT_BUSINESS_MARKERS: readonly string[] = Object.freeze([
  'cong ty', 'cty', 'tnhh', 'co phan', 'doanh nghiep tu nhan', 'dntn', 'htx', 'hop tac xa',
  'tap doan', 'jsc', 'co ltd', 'company',
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
