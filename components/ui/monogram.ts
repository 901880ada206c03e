export const HAN = /\p{Script=Han}/u;
const isLatinName = (name: string) => /^[\p{Script=Latin}\s'.-]+$/u.test(name);
const latinInitials = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join("");

/**
 * What an avatar without a photo shows for a person: "ML" for Maria Lopez, and for a Chinese name its last two
 * characters, as 钉钉 and 企业微信 do (张聪聪 → 聪聪, 李伟 → 李伟).
 */
export function personMonogram(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return "?";
  if (isLatinName(trimmed)) return latinInitials(trimmed);
  const characters = [...trimmed];
  return characters.every((c) => HAN.test(c)) ? characters.slice(-2).join("") : (characters[0] ?? "?");
}

// a Chinese company name reads place + trade name + line of business + legal form: the trade name is its face
const PLACE_PREFIX =
  /^(中国|北京|上海|天津|重庆|广州|深圳|杭州|苏州|南京|武汉|成都|西安|厦门|宁波|青岛|大连|长沙|郑州|合肥|福州|济南|沈阳|昆明|无锡|东莞|佛山|珠海|香港|澳门|台湾|[\p{Script=Han}]{2,3}[省市])/u;
const FORM_SUFFIX =
  /(股份有限公司|有限责任公司|有限公司|集团|科技|技术|软件|网络|信息|电子|电商|贸易|物流|教育|咖啡|茶业|纺织|硬件|律师事务所|事务所|代理|供应链|香料|咨询|传媒|文化|实业|控股)+$/u;

/** What a company avatar without a logo shows: "NS" for Northwind Software, 云帆 for 杭州云帆科技. */
export function companyMonogram(name: string): string {
  const trimmed = name.trim();
  if (!HAN.test(trimmed[0] ?? ""))
    return isLatinName(trimmed) ? latinInitials(trimmed) : ([...trimmed][0] ?? "?");
  const core = trimmed.replace(PLACE_PREFIX, "").replace(FORM_SUFFIX, "");
  return [...(core.length >= 2 ? core : trimmed)].slice(0, 2).join("");
}
