const isChinese = (locale: string) => locale.startsWith("zh");

/** Between the items of a list: "杭州、上海" / "Hangzhou, Shanghai". */
export const listSeparator = (locale: string) => (isChinese(locale) ? "、" : ", ");

/** Between facts about one thing: "硕士，工业工程" / "Master's, Industrial Engineering". */
export const factSeparator = (locale: string) => (isChinese(locale) ? "，" : ", ");

const HAN = /\p{Script=Han}/u;

/**
 * A place in the reader's language: small to large in English ("Hangzhou, Zhejiang, China"), large to small
 * and run together in Chinese ("中国浙江杭州"), with a space only where Chinese meets Latin ("德国 Berlin").
 */
export function placeName(
  parts: { city: string | null; region: string | null; country: string | null },
  locale: string,
) {
  const smallToLarge = [parts.city, parts.region, parts.country].filter((part): part is string => !!part);
  if (!isChinese(locale)) return smallToLarge.join(", ");
  return smallToLarge.reverse().reduce((text, part) => {
    if (!text) return part;
    const isBothHan = HAN.test(text.at(-1)!) && HAN.test(part[0]!);
    return `${text}${isBothHan ? "" : " "}${part}`;
  }, "");
}
