/**
 * Cities that members, jobs and company pages name in either language, so that 杭州, Hangzhou and 杭州市 are one
 * place: one facet value, one filter, named in the reader's language. A city not listed here stays as written.
 * Each city's key is its English name; `also` holds other spellings people write.
 */
type City = { en: string; zh: string; also?: string[] };

const CITIES: City[] = [
  { en: "Beijing", zh: "北京", also: ["Peking"] },
  { en: "Shanghai", zh: "上海" },
  { en: "Guangzhou", zh: "广州", also: ["Canton"] },
  { en: "Shenzhen", zh: "深圳" },
  { en: "Hangzhou", zh: "杭州" },
  { en: "Nanjing", zh: "南京" },
  { en: "Suzhou", zh: "苏州" },
  { en: "Chengdu", zh: "成都" },
  { en: "Chongqing", zh: "重庆" },
  { en: "Wuhan", zh: "武汉" },
  { en: "Xi'an", zh: "西安", also: ["Xian"] },
  { en: "Tianjin", zh: "天津" },
  { en: "Ningbo", zh: "宁波" },
  { en: "Xiamen", zh: "厦门" },
  { en: "Qingdao", zh: "青岛" },
  { en: "Dalian", zh: "大连" },
  { en: "Changsha", zh: "长沙" },
  { en: "Zhengzhou", zh: "郑州" },
  { en: "Hefei", zh: "合肥" },
  { en: "Jinan", zh: "济南" },
  { en: "Fuzhou", zh: "福州" },
  { en: "Dongguan", zh: "东莞" },
  { en: "Foshan", zh: "佛山" },
  { en: "Wuxi", zh: "无锡" },
  { en: "Changzhou", zh: "常州" },
  { en: "Wenzhou", zh: "温州" },
  { en: "Shaoxing", zh: "绍兴" },
  { en: "Jiaxing", zh: "嘉兴" },
  { en: "Yiwu", zh: "义乌" },
  { en: "Zhuhai", zh: "珠海" },
  { en: "Kunming", zh: "昆明" },
  { en: "Shenyang", zh: "沈阳" },
  { en: "Harbin", zh: "哈尔滨" },
  { en: "Changchun", zh: "长春" },
  { en: "Shijiazhuang", zh: "石家庄" },
  { en: "Nanchang", zh: "南昌" },
  { en: "Nanning", zh: "南宁" },
  { en: "Guiyang", zh: "贵阳" },
  { en: "Taiyuan", zh: "太原" },
  { en: "Haikou", zh: "海口" },
  { en: "Sanya", zh: "三亚" },
  { en: "Hong Kong", zh: "香港" },
  { en: "Macao", zh: "澳门", also: ["Macau"] },
  { en: "Taipei", zh: "台北" },
  { en: "Hsinchu", zh: "新竹" },
  { en: "Singapore", zh: "新加坡" },
  { en: "Tokyo", zh: "东京" },
  { en: "Osaka", zh: "大阪" },
  { en: "Seoul", zh: "首尔" },
  { en: "Bangkok", zh: "曼谷" },
  { en: "Kuala Lumpur", zh: "吉隆坡" },
  { en: "Jakarta", zh: "雅加达" },
  { en: "Ho Chi Minh City", zh: "胡志明市", also: ["Saigon"] },
  { en: "Hanoi", zh: "河内" },
  { en: "Manila", zh: "马尼拉" },
  { en: "Bengaluru", zh: "班加罗尔", also: ["Bangalore"] },
  { en: "Mumbai", zh: "孟买" },
  { en: "New Delhi", zh: "新德里" },
  { en: "Dubai", zh: "迪拜" },
  { en: "London", zh: "伦敦" },
  { en: "Paris", zh: "巴黎" },
  { en: "Berlin", zh: "柏林" },
  { en: "Munich", zh: "慕尼黑", also: ["München", "Muenchen"] },
  { en: "Hamburg", zh: "汉堡" },
  { en: "Frankfurt", zh: "法兰克福" },
  { en: "Stuttgart", zh: "斯图加特" },
  { en: "Duisburg", zh: "杜伊斯堡" },
  { en: "Cologne", zh: "科隆", also: ["Köln"] },
  { en: "Amsterdam", zh: "阿姆斯特丹" },
  { en: "Rotterdam", zh: "鹿特丹" },
  { en: "Madrid", zh: "马德里" },
  { en: "Barcelona", zh: "巴塞罗那" },
  { en: "Lisbon", zh: "里斯本", also: ["Lisboa"] },
  { en: "Milan", zh: "米兰", also: ["Milano"] },
  { en: "Rome", zh: "罗马" },
  { en: "Zurich", zh: "苏黎世", also: ["Zürich"] },
  { en: "Vienna", zh: "维也纳", also: ["Wien"] },
  { en: "Stockholm", zh: "斯德哥尔摩" },
  { en: "Dublin", zh: "都柏林" },
  { en: "New York", zh: "纽约", also: ["NYC", "New York City"] },
  { en: "San Francisco", zh: "旧金山" },
  { en: "Los Angeles", zh: "洛杉矶" },
  { en: "Seattle", zh: "西雅图" },
  { en: "Boston", zh: "波士顿" },
  { en: "Chicago", zh: "芝加哥" },
  { en: "Toronto", zh: "多伦多" },
  { en: "Vancouver", zh: "温哥华" },
  { en: "Sydney", zh: "悉尼" },
  { en: "Melbourne", zh: "墨尔本" },
  { en: "São Paulo", zh: "圣保罗", also: ["Sao Paulo"] },
  { en: "Mexico City", zh: "墨西哥城" },
];

/** How a spelling is compared: case, width and a trailing 市 / "city" don't matter. */
function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/(?<=\p{Script=Han})市$/u, "")
    .replace(/ city$/, "");
}

const BY_SPELLING = new Map<string, City>(
  CITIES.flatMap((city) => [city.en, city.zh, ...(city.also ?? [])].map((name) => [comparable(name), city])),
);
const BY_KEY = new Map(CITIES.map((city) => [city.en, city]));

/** The one value a city is filtered and counted by: a listed city's English name, any other as written. */
export function cityKeyOf(text: string | null | undefined): string | null {
  const trimmed = text?.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (!trimmed) return null;
  return BY_SPELLING.get(comparable(trimmed))?.en ?? trimmed;
}

/** A city's name for a reader: 杭州 in Chinese, Hangzhou in English; a city not listed, as it was written. */
export function cityName(key: string, locale: string): string {
  const city = BY_KEY.get(key);
  if (!city) return key;
  return locale.startsWith("zh") ? city.zh : city.en;
}

/** A city as written (杭州市, hangzhou), as the reader reads it: 杭州 in Chinese, Hangzhou in English. */
export function cityIn(text: string | null | undefined, locale: string): string | null {
  const key = cityKeyOf(text);
  return key && cityName(key, locale);
}

/** Every spelling of the city a key names (for searching text as written, and for synonyms). */
export function citySpellings(key: string): string[] {
  const city = BY_KEY.get(key);
  return city ? [city.en, city.zh, ...(city.also ?? [])] : [key];
}

/** Each listed city's spellings, as one group of words that mean the same. */
export const CITY_SPELLING_GROUPS: string[][] = CITIES.map((city) => [
  city.zh,
  city.en.toLowerCase(),
  ...(city.also ?? []).map((name) => name.toLowerCase()),
]);

/** Search filters whose values are cities (`city`, `cities`), picked by any spelling, as the index's keys. */
export function withCityKeys<F extends Record<string, string[] | undefined>>(filters: F): F {
  return Object.fromEntries(
    Object.entries(filters).map(([facet, values]) => [
      facet,
      (facet === "city" || facet === "cities") && values
        ? [...new Set(values.map((value) => cityKeyOf(value) ?? value))]
        : values,
    ]),
  ) as F;
}
